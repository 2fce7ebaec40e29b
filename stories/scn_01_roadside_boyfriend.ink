# id: scn_01_roadside_boyfriend
# title: Roadside stop: the brake light
# summary: A late-night stop for a broken brake light. The driver answers every question put to his young passenger and keeps her identity card in his wallet. Find out what is happening in this car, and what she needs.
# form: sexual_exploitation, internal_trafficking
# setting: roadside_stop
# minutes: 15
# difficulty: introductory
# content_warning: References to sex work and to control within a relationship (described, never shown).
# content_warning: Threats against a family member.
# objective: Separate a passenger from a possible controller as routine, before asking her anything that matters.
# objective: Notice and note what the car, the documents and the conversation show, and decide on the evidence.
# objective: Respect an adult's choices: offer help with her consent, and make sure she leaves safely with a way to ask for help later.
# teaching_point: Control without locks or borders: a partner who keeps her ID, runs her bookings and holds a growing debt.
# teaching_point: She is an adult: shelter and health care are offered and she decides; if she says no, she leaves with a discreet way to get help, and never in his car.
# scene: roadside_stop
# determination: potential_victim_sex
# referrals_required: specialist_trafficking_unit, victim_service_ngo, sexual_reproductive_health, safe_shelter, victim_witness_protection, psychological_counselling, legal_aid
# referrals_harmful: release_to_controller, arrest_for_compelled_offence, immigration_detention, deportation_or_removal
# referrals_unnecessary: child_protection, consular_contact, residence_protection, asylum_migrant_support, labour_inspectorate
# conditions: trafficking_indicators_present, controller_present_or_involved, retaliation_risk, sexual_violence_or_exploitation, compelled_offence_exposure, no_safe_place_to_stay

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

// What the trainee did, beyond the mirrored rapport and distress.
VAR ray_listened = false        // she was questioned where Ray could hear
VAR separated = false           // she was spoken to away from Ray
VAR threatened_her = false      // the trainee threatened her with an offence
VAR tipped_off = false          // the trainee put her account to Ray
VAR support_conditional = false // help was made to depend on a statement
VAR consent_sought = false      // she was told her options and asked
VAR knows_about_mum = false     // she has told you about the threat to her mother
VAR seen_items = 0              // things noticed on the back seat
VAR sister_tonight = false      // she chose to go to her sister's, not a shelter, and to leave the clinic for now

-> night_stop

=== night_stop ===
It is ten to one on the ring road, and rain has been falling for an hour. # sfx: rain
A dark hatchback ahead of your patrol car has a dead offside brake light. You signal it to pull into a lay-by and it stops at once.
Your colleague, Officer Brandt, takes the passenger side. You walk up to the driver's window with your torch low. # sfx: footsteps
The driver is a man in his thirties, jacket zipped to the chin, window already down. In the passenger seat sits a young woman with her knees drawn up, her face turned to the glass. On the back seat a phone screen lights up, then another.
"Evening, officer. It's the bulb, isn't it? I've been meaning to sort it." # speaker: Ray # mood: friendly
-> at_the_window

=== at_the_window ===
* [Tell him why you stopped him and ask for his driving licence]
    "It's the brake light, yes. Can I see your licence, please?" # speaker: You
    He has his wallet out before you finish. He hands you his licence, then, without being asked, a second card: a national identity card with the young woman's photo on it.
    "That's hers too. I keep it for her, she'd lose her head if it wasn't screwed on." # speaker: Ray # mood: friendly # indicator: documents_withheld
    The card says she is nineteen. Her name is Tess.
    -> at_the_window
* [Greet the passenger and ask how she is tonight # q: rapport_building]
    You bend so that she can see your face. "Hello. Are you all right there?" # speaker: You
    She opens her mouth. Ray answers first. # indicator: cannot_speak_freely
    "She's fine. Tired. We've been at my cousin's since lunch." # speaker: Ray
    Tess looks at him, then at her hands. "We've been at his cousin's since lunch," she says, in exactly his words. # speaker: Tess # mood: flat # indicator: scripted_or_rehearsed_account
    She keeps her eyes down and her shoulders up, as if she is waiting to be told off. # indicator: fearful_demeanour
    -> at_the_window
* [Ask him where they are heading tonight]
    "Where are you off to at this time of night?" # speaker: You
    "Back from my cousin's. Then tomorrow we're over in the north for a few days, then down the coast. Work." # speaker: Ray
    "What kind of work?" # speaker: You
    "Bit of this, bit of that. Events." He smiles. "She comes with me everywhere, don't you, babe?" # speaker: Ray # indicator: controlled_by_another_person
    Tess nods without turning her head.
    -> at_the_window
* [Lean across and ask her, there and then, who the phones on the back seat belong to and whether she is here of her own free will # q: question_in_presence_of_controller]
    ~ ray_listened = true
    "Miss, whose are all those phones? And are you with him because you want to be?" # speaker: You
    Ray's hand settles on her knee. Tess looks at it, not at you. # indicator: cannot_speak_freely
    "They're ours. I'm his girlfriend. I'm fine. We're just going home." # speaker: Tess # mood: flat
    Each sentence comes out complete and level, like something learned. Ray pats her knee twice and lets go. # indicator: scripted_or_rehearsed_account
    -> at_the_window
* (separate) [Say you speak with everyone on their own at a stop like this; ask him to step to the back of the car with Brandt and invite her to sit in the warm in the patrol car # q: ensure_privacy]
    ~ separated = true
    "We talk to everyone on their own at a stop, it's routine. Sir, would you step out and wait at the back of your car with my colleague? Miss, you're welcome to sit in our car, out of the rain." # speaker: You
    Ray hesitates for half a second, then gets out with a laugh. "Whatever you need." # speaker: Ray
    He keeps his eyes on Tess all the way to the boot. She climbs out, pulling her sleeves over her hands, and walks to your car without looking back.
    -> back_seat
* [Step back and take a look at the car before anything else]
    You step back and let your torch travel along the side of the car.
    -> back_seat

=== back_seat ===
{not separated:
    Brandt catches your eye over the roof and tilts her head at the rear window. Whatever happens next, you should look at what is on that back seat.
    Ray stays behind the wheel. Tess stays beside him.
}
The rear door is open a hand's width where a bag has slid against it. Your torch shows the seat without you touching anything.
-> look_around

= look_around
* [Shine the torch over the three phones on the seat # hotspot: back_seat_phones]
    ~ seen_items += 1
    Three phones lie face up on the seat, each with a charging lead. One lights up as you watch: a new message, then another.
    Its screen is open on an advertising site. The photo is Tess, in make-up, in a hotel room. The caption gives this city's name and says "new in town, this week only". # indicator: commercial_sex_setting
    -> look_around
* [Look at the bum bag half unzipped in the footwell # hotspot: footwell_cash]
    ~ seen_items += 1
    A bum bag has fallen open. It is packed with notes, mostly small ones, folded in bundles with elastic bands. A second, thinner bundle has a paper strip round it with a T and last night's date written on it. # indicator: organised_network_signs
    -> look_around
* [Look at the cards spilled from the door pocket # hotspot: door_pocket_keycards]
    ~ seen_items += 1
    Hotel key cards, seven or eight of them, from chains in four different cities. On a petrol-station receipt someone has written room numbers and times, and the same initial, T, against most of them. # indicator: movement_controlled_by_others, organised_network_signs
    -> look_around
* {seen_items >= 1} [Leave the car as it is and go on]
    -> with_ray

=== with_ray ===
{separated:
    At the back of the hatchback, Ray stands with his arms folded. Brandt has his licence and is checking it with control on her radio. # sfx: radio_chatter
- else:
    Ray drums his fingers on the wheel. He wants to be gone.
}
-> talk_to_ray

= talk_to_ray
* [Ask him how he and Tess know each other]
    "How do you two know each other?" # speaker: You
    "She's my girlfriend. Over a year now. I met her when she'd just walked out of her mum's with nothing, and I took her in. Ask anyone." # speaker: Ray # mood: proud
    -> talk_to_ray
* [Ask him about the phones and the cash on the back seat]
    "That's a lot of phones and a lot of cash for two people." # speaker: You
    "Work phone, personal phone, spare. Cash is takings from the events. Nothing illegal about cash." He shrugs. "I do her bookings for her, she's hopeless with dates." # speaker: Ray # indicator: controlled_by_another_person
    -> talk_to_ray
* {separated} [Leave him with Brandt to finish the checks and go to Tess]
    "My colleague will finish the checks. It won't take long." # speaker: You
    Brandt nods and stays with him, between him and your patrol car.
    -> patrol_car
* {not separated} [Ask him to wait at the back of his car with Brandt, and take Tess to the patrol car to talk, as you do with everyone # q: ensure_privacy]
    ~ separated = true
    "Sir, step out and wait at the back of the car with my colleague, please. We speak to everyone on their own at stops like this." # speaker: You
    Ray looks at Tess for a long moment before he gets out. "Don't be long, babe." # speaker: Ray # mood: cold
    Tess walks to your patrol car with her arms wrapped around herself.
    -> patrol_car

=== patrol_car ===
The patrol car is warm and smells of coffee. Tess sits in the back seat with the door open and her feet on the kerb. You crouch by the open door, at her eye level. # phase: engage_explain
The blue lights sweep over her face. She keeps glancing past you, towards the hatchback. # indicator: fearful_demeanour
{ray_listened:
    "I already told you I'm fine." # speaker: Tess # mood: guarded
}
-> opening

= opening
+ {distress >= 6} [She is shaking. Stop, and tell her there is no hurry and she is safe here # q: respond_to_distress]
    "Let's stop for a minute. There's no hurry. He can't come over here." # speaker: You
    Tess pulls the blanket round herself and takes a few slower breaths. # mood: calmer
    -> opening
* [Introduce yourself, say why she is here and what will happen next # q: explain_process]
    "I'm one of the officers who stopped you. Nobody's in trouble for sitting in a car. I want to check you're safe, that's all. I'll tell you what I'm doing before I do it, and you can ask me anything." # speaker: You
    She looks at you properly for the first time. "Okay." # speaker: Tess # mood: wary
    -> opening
* [Offer her water and the blanket from the boot # q: attend_to_immediate_needs]
    You pass her a bottle of water and the foil blanket from the first-aid kit. She drinks half the bottle in one go. # speaker: You
    "Thanks. We didn't stop for anything." # speaker: Tess
    -> opening
* [Tell her she can stop, skip a question or ask for a break at any time # q: give_control]
    "You don't have to answer anything you don't want to. If you want to stop, just say, and we'll stop." # speaker: You
    She pulls the blanket tighter. "Right." # speaker: Tess # mood: wary
    -> opening
* [Ask whether she would rather talk with Brandt, a female officer # q: offer_gender_choice]
    "Would you rather talk to a woman? My colleague can swap with me." # speaker: You
    She thinks about it. "You're all right. Just don't let him come over." # speaker: Tess
    -> opening
* [Tell her your focus is her safety, not whether she has broken any rule # q: reassure_victim_status]
    "I'm not here to catch you out. What I care about tonight is whether you're safe." # speaker: You
    She almost laughs. "That's not what he says the police are like." # speaker: Tess # indicator: distrust_of_authorities
    -> opening
* [Ask to see some identification # q: routine_identity_check]
    "Have you got any ID on you?" # speaker: You
    "Ray's got it. My card. He keeps it." She says it as if it is the most normal thing in the world. # speaker: Tess # indicator: documents_withheld
    -> opening
* [Warn her that soliciting is an offence, so she had better be straight with you # q: threaten_sanction]
    ~ threatened_her = true
    "I've seen that advert. Selling sex on the street is an offence, so you'd better be honest with me, or this goes another way." # speaker: You
    Tess's face closes like a door. # mood: angry
    "So arrest me, then. He said you would." # speaker: Tess # mood: angry
    -> opening
* [Promise her that nothing she says will ever get back to him, and that he will go to prison # q: promise_unkeepable]
    "Whatever you tell me, he'll never find out, and he's going to prison. I promise." # speaker: You
    She looks at you as if you have told her it will stop raining. "You can't promise that." # speaker: Tess # mood: flat
    -> opening
* [Ask her to tell you, in her own words, about tonight and how she came to be in this car # q: open_invitation]
    -> her_account

=== her_account ===
"Could you tell me about tonight, and about you and Ray, starting wherever you like? Take your time." # speaker: You # phase: free_account
{
- rapport >= 3 && not threatened_her:
    She turns the water bottle round in her hands for a while before she starts.
    "I met him last year. I'd had a big row with my mum and I was sofa-surfing. He messaged me after a party, said I was gorgeous, took me for food. He was really kind. He let me stay at his." # speaker: Tess # mood: soft # indicator: romance_or_trust_recruitment
    "Then he had money trouble. Proper trouble, people after him. He said I could help out, just for a few weeks, and he'd do the adverts and the bookings and I wouldn't have to think about anything." # speaker: Tess
    "So now we go round. A few nights here, a few nights somewhere else. He drives, he sorts the hotels." She shrugs. "He's my boyfriend. He looks after me. It's not like he's some pimp." # speaker: Tess # indicator: does_not_self_identify, movement_controlled_by_others
    "Anyway, I said yes. So it's my own fault, isn't it." # speaker: Tess # mood: ashamed # indicator: shame_self_blame
- rapport >= 1:
    "He's my boyfriend. We've been together a year. We go round for his work and I go with him." # speaker: Tess # mood: guarded
    She stops there and waits, watching the hatchback through the rear window. # indicator: does_not_self_identify
- else:
    "I'm his girlfriend. We've been to his cousin's. I'm fine." # speaker: Tess # mood: flat
    It is the same three sentences, in the same order, as if she had practised them. # indicator: scripted_or_rehearsed_account
}
-> account_choices

= account_choices
+ {distress >= 6} [She is close to tears. Stop, and tell her there is no hurry # q: respond_to_distress]
    "Let's stop for a second. There's no hurry, and you're not in trouble." # speaker: You
    She nods and breathes out slowly. # mood: calmer
    -> account_choices
* [Stay quiet and give her time # q: allow_silence]
    You say nothing and let the rain fill the gap.
    {rapport >= 2 && not threatened_her:
        After a while she adds, quietly: "He's been good to me. Mostly. He just gets stressed about money." # speaker: Tess # mood: soft
    - else:
        She fills the silence with nothing.
    }
    -> account_choices
* [Ask her to tell you more about the bookings she mentioned # q: open_followup # distress: +2]
    -> bookings
* [Ask: "He's pimping you out, isn't he?" # q: leading]
    "He's pimping you out, isn't he? You can say it." # speaker: You
    "Don't call him that." Her voice rises. "You don't know him." # speaker: Tess # mood: angry
    -> account_choices
* [Tell her a girl of nineteen should have known better than to get mixed up in this # q: judgemental_language]
    "You're nineteen. You must have known what kind of thing you were getting into." # speaker: You
    Her chin drops. "Yeah. I'm stupid. I know." # speaker: Tess # mood: ashamed # indicator: shame_self_blame
    -> account_choices
* [Ask how long this has been going on, how much she earns, and where she lives # q: multiple_question]
    "How long has this been going on, how much do you make, and where are you living?" # speaker: You
    "I don't know. A while. I don't know." She rubs her eyes. # speaker: Tess # mood: confused
    -> account_choices

=== bookings ===
"You said Ray does your bookings. Tell me more about that." # speaker: You
{
- rapport >= 2 && not threatened_her:
    "He does the adverts on his phone. He answers the messages as if he's me. Then he tells me the room and the time, and he waits in the car park." # speaker: Tess # indicator: forced_commercial_sex
    "The money goes to him. It's for the rent, and the petrol, and the hotels. And I still owe him from when I moved in, and for the phone, and he says it goes up every week I don't make enough." # speaker: Tess # mood: tired # indicator: debt_bondage
- else:
    "He sorts stuff out. Dates and that. I don't really want to talk about it." # speaker: Tess # mood: guarded
    She pulls the blanket up to her chin.
}
-> clarify_choices

You have the outline of it now. What you still need is a little more detail about what she has already told you. # phase: clarify
-> clarify_choices

=== clarify_choices ===
+ {distress >= 6} [She has gone pale and quiet. Stop the questions for a moment and help her settle # q: respond_to_distress]
    "Let's take a moment. You're doing fine. There's no rush at all." # speaker: You
    She nods and breathes out slowly. # mood: calmer
    -> clarify_choices
* [Ask who has her identity card at the moment # q: specific_wh]
    "Who has your identity card at the moment?" # speaker: You
    "Ray. I asked for it back once, for the doctor's. He said I'd only lose it and he'd go with me if I needed anything." # speaker: Tess # indicator: documents_withheld, controlled_by_another_person
    -> clarify_choices
* [Ask what happens on a night she does not want to work, or says no # q: open_followup # distress: +4]
    "What happens on a night when you don't want to, or you say no?" # speaker: You
    {
    - rapport >= 2 && not threatened_her:
        She is quiet for a long time.
        "Then he goes cold. He says I'm ungrateful after everything. He's got pictures of me, from the adverts. He says he'll send them to my mum, and his mates know where she lives." # speaker: Tess # mood: afraid # indicator: threats_against_family, psychological_manipulation
        ~ knows_about_mum = true
        Her breathing has gone short and fast. Her hands are shaking around the bottle. # indicator: fearful_demeanour
    - else:
        "Nothing. Nothing happens." She is breathing fast, and she will not look at you. # speaker: Tess # mood: afraid
    }
    -> distress_moment
* [Ask whether she gets to keep any of the money # q: closed_specific]
    "Do you get to keep any of the money?" # speaker: You
    "No." A pause. "Sometimes he gives me some for clothes." # speaker: Tess # mood: flat
    -> clarify_choices
* [Ask: "If it's that bad, why don't you just leave him?" # q: why_didnt_you_leave]
    "If it's that bad, why don't you just walk away from him?" # speaker: You
    "And go where? With what?" She turns her face away. "Forget it. I'm fine." # speaker: Tess # mood: angry # indicator: shame_self_blame
    -> clarify_choices
* [Tell her you don't believe the story about his cousin # q: express_disbelief]
    "Come on. Nobody believes the cousin story, Tess." # speaker: You
    "Then don't believe it." She folds her arms and stares at the seat in front. # speaker: Tess # mood: flat
    -> clarify_choices
* [Walk over and put what she has told you to Ray, to see how he reacts # q: contact_suspected_controller]
    ~ tipped_off = true
    You leave her in the car and walk back to the hatchback. "She says you keep her money and her ID. What have you got to say about that?" # speaker: You
    Ray's smile goes. "She said that? She gets confused." He takes out his phone and types with his thumb, fast. # speaker: Ray # mood: cold
    In the back of your patrol car, Tess's phone buzzes. She reads the message and goes white. # sfx: phone_buzz
    When you come back she says: "I want to go now. I've got nothing to say." # speaker: Tess # mood: afraid
    -> clarify_choices
* [Check with her, in her own words, what you have understood so far # q: summarise_check]
    -> summary
* [Ask whether there is anyone she is worried about, here or at home, if she talks to you # q: safety_check]
    "Is there anyone you're worried about, here or back home, because you've talked to me?" # speaker: You
    {
    - knows_about_mum:
        "My mum. I told you. And me, if he finds out what I've said." # speaker: Tess # mood: afraid
    - rapport >= 2 && not threatened_her:
        "My mum." A pause. "He's got pictures of me. He says he'll send them to her, and his mates know where she lives." # speaker: Tess # mood: afraid # indicator: threats_against_family
        ~ knows_about_mum = true
    - else:
        "No." Too quick. She looks at the hatchback. # speaker: Tess # mood: guarded
    }
    -> clarify_choices

= summary
"Let me check I've got this right. Ray found you when you had nowhere to go. He writes the adverts and takes the money. He keeps your ID. And he says you owe him, and the amount keeps going up. Is that right?" # speaker: You
{rapport >= 2 && not threatened_her:
    She nods slowly. "When you say it like that, it sounds bad." # speaker: Tess # mood: soft
- else:
    "I didn't say all that." # speaker: Tess # mood: guarded
}
-> closing

=== distress_moment ===
{distress >= 6:
    She presses the heels of her hands against her eyes. For a moment she is somewhere else entirely. # indicator: fearful_demeanour
}
* [Stop asking questions. Tell her she is safe in this car and help her slow her breathing # q: respond_to_distress]
    "Let's stop for a second. You're in a police car, the door's open, he can't come over here. Feel your feet on the ground. Breathe out slowly with me." # speaker: You
    She breathes with you. Slowly her shoulders come down from her ears. # mood: calmer
    -> after_distress
* [Tell her that sounds frightening, and thank her for telling you # q: validate_empathise]
    "That sounds really frightening. Thank you for telling me. None of it is your fault." # speaker: You
    She wipes her face on the blanket. "I've never said it out loud before." # speaker: Tess # mood: tearful
    -> after_distress
* [Offer a break: some air, or a few minutes alone with the door shut # q: offer_break]
    "Do you want a few minutes? I can shut the door and give you some space, or we can stand outside." # speaker: You
    "Just a minute. Don't go far." She sits with her eyes closed. # speaker: Tess # mood: tearful
    -> after_distress
* [Keep going while she is talking: tell her you need to know exactly when and where he last threatened her, now # q: interrogative_pressure]
    "I need the details now, while it's fresh. When exactly did he last say that? Where were you?" # speaker: You
    She shakes her head, again and again. She cannot get the words out. # mood: overwhelmed
    -> after_distress

= after_distress
The rain eases to a drizzle. Somewhere behind you, Brandt is still talking to Ray. # sfx: rain
-> clarify_choices

=== closing ===
You have enough for tonight: it is not your job to take her whole statement at the roadside. # phase: close
-> close_choices

= close_choices
+ {distress >= 6} [She looks close to tears. Pause, and tell her she does not have to decide anything this second # q: respond_to_distress]
    "Let's slow down. You don't have to decide anything this second." # speaker: You
    Tess wipes her eyes with the blanket and nods. # mood: calmer
    -> close_choices
* [Explain what can happen next, and that she decides what to accept # q: explain_next_steps]
    "Here's what can happen now. I can ask a specialist team to look at what Ray's doing. That doesn't need you to make a statement tonight. Separately, there are people who can help you, and you choose what you want from them." # speaker: You
    {consent_sought:
        She nods. "So I don't have to get back in his car tonight." # speaker: Tess
        "No. Not unless you choose to." # speaker: You
    - else:
        She nods. "And tonight? Where do I go tonight?" # speaker: Tess
    }
    -> close_choices
* [Explain the options one by one and ask which of them she wants # q: seek_informed_consent]
    ~ consent_sought = true
    "There's a support organisation that can take you somewhere safe tonight, an address Ray won't know. There's a clinic where you can be seen privately, tested if you want to be, and talk to a counsellor later if that helps. A lawyer can tell you where you stand, for free. And the specialist team can look at keeping you and your mum safe. Which of those would you like me to set up?" # speaker: You
    {
    - sister_tonight:
        "My sister's, like I said. Not a hostel. The clinic can wait, I'll go when I'm ready. The lawyer, yes. And my mum, if you can do something about my mum." # speaker: Tess # mood: steady # declines: safe_shelter, sexual_reproductive_health # agrees: legal_aid, victim_witness_protection
    - rapport >= 2 && not tipped_off && not support_conditional:
        She takes her time. "The safe place. And the clinic, I've been meaning to go for ages. And my mum, if you can do something about my mum." # speaker: Tess # mood: hopeful # agrees: safe_shelter, sexual_reproductive_health, victim_witness_protection
    - else:
        "I don't know. I don't know if I can." She keeps looking at the hatchback. # speaker: Tess # mood: afraid
    }
    -> close_choices
* {not consent_sought} {rapport >= 2 && not tipped_off && not support_conditional} [Ask her where she would feel safe tonight, and what she wants from tonight # q: give_control]
    ~ sister_tonight = true
    "Before I tell you what's on offer: where would you feel safe tonight? And what do you want to happen, tonight, and later?" # speaker: You
    She thinks for a long time. "My sister's. Across town. He's never been, he doesn't even know she's moved." # speaker: Tess # mood: steady
    "I don't want a hostel full of strangers. And I don't want a clinic tonight. I want my own bed at my sister's and I want him to not know where I am." # speaker: Tess # declines: safe_shelter, sexual_reproductive_health
    -> close_choices
* [Offer her a number she can text later, saved under another name # q: offer_discreet_contact]
    "Whatever you decide tonight, I'll give you a number you can text any time. Save it as a friend's name." # speaker: You
    She types it into her own phone under "Nails". # speaker: Tess
    -> close_choices
* [Tell her she can have a bed tonight, but only if she gives a statement against Ray # q: make_support_conditional]
    ~ support_conditional = true
    "I can get you a bed tonight, but I need a statement from you about Ray first." # speaker: You
    "So it's a deal." She looks away. "Everyone wants something." # speaker: Tess # mood: flat
    -> close_choices
* [Finish up and fill in your forms]
    -> decisions

=== decisions ===
-> record_determination ->
-> record_referrals ->
-> outcome

=== outcome ===
{
- chose_harmful_disposition():
    -> harmful_end
- sister_tonight && not (referrals ? safe_shelter) && not no_referrals_made():
    -> her_choice_end
- referrals ? safe_shelter:
    -> handover_end
- else:
    -> missed_end
}

=== harmful_end ===
-> harmful_disposition_outcomes("Tess") ->
{referrals ? release_to_controller:
    Ray holds the passenger door open for her. Before he gets in, he looks straight at you. {ray_listened or tipped_off: He knows exactly what you asked her.}
    The hatchback pulls out of the lay-by, one brake light dark. # sfx: traffic
    Three days later the advert is back online, in a different city. # ending: back_in_his_car
    -> END
}
Tess spends the rest of the night in a cell. In the morning she will not speak to anyone, and Ray is waiting outside when she is released. # ending: treated_as_offender
-> END

=== her_choice_end ===
~ referral_summary("Tess")
{referrals ? specialist_trafficking_unit:
    Brandt tells Ray that Tess will not be leaving with him, and that an officer from the specialist unit is on the way to talk to him about the phones and the cash. He does not look at your car again. # sfx: radio_chatter
}
Brandt drives Tess across town to her sister's. Nobody gives Ray the address, and the report does not carry it.
{knows_about_mum:
    The specialist unit has already asked the local station to look in on her mother.
}
{
- determination ? potential_victim_sex and consent_sought and not support_conditional and not tipped_off and not (referrals ? sexual_reproductive_health) and referrals ? (specialist_trafficking_unit, victim_service_ngo, hotline_information, victim_witness_protection, legal_aid, psychological_counselling):
    On the way she saves the support number in her phone under her sister's nickname. The support worker will ring her tomorrow, and the clinic and a safe place stay on offer whenever she wants them.
    "You didn't make me do anything," she says at the door. "That's new." # speaker: Tess # mood: tired
    She is not in Ray's car tonight, and she decided where she went. # ending: her_choice_respected
- else:
    {not (referrals ? hotline_information): She said no to some of the help tonight, and nobody left her a discreet way to ask for it later.}
    {referrals ? sexual_reproductive_health: The clinic appointment she said could wait arrives by text the next morning. She deletes it.}
    {knows_about_mum && not (referrals ? victim_witness_protection): Nobody has asked the specialist team to protect her mother from the threat she told you about.}
    {not (determination ? potential_victim_sex): Your report does not say what you saw tonight, so nobody will be looking for Ray's other phones, or his other cities.}
    She is not in Ray's car tonight, and she chose where she went. What was left undone may decide whether she stays out of it. # ending: her_choice_with_gaps
}
-> END

=== missed_end ===
~ referral_summary("Tess")
{chose_support_service():
    Whatever you have asked for will start tomorrow at the earliest. Tonight she has nowhere else to sleep.
}
{
- referrals ? hotline_information:
    Tess gets back into the hatchback. As it pulls away she glances once at the phone in her lap, where a number is saved under another name. # sfx: traffic
    It may be enough for another night. Tonight nobody stood between her and Ray. # ending: door_left_open
- else:
    {no_referrals_made():
        -> nothing_arranged("Tess") ->
    }
    Tess gets back into the hatchback. Ray reaches over and fastens her seatbelt for her, and they drive away. # sfx: traffic
    The notebook entry says: brake light, words of advice. Nothing else is recorded. # ending: waved_on
}
-> END

=== handover_end ===
~ referral_summary("Tess")
{referrals ? specialist_trafficking_unit:
    Brandt tells Ray that Tess will not be leaving with him, and that an officer from the specialist unit is on the way to talk to him about the phones and the cash. He sits very still behind the wheel of the hatchback and does not look at your car again. # sfx: radio_chatter
- else:
    Brandt tells Ray that Tess will not be leaving with him. Nobody has asked anyone to look at the phones or the cash, so when his checks come back clear he drives off alone, with her ID card still in his wallet. # sfx: traffic
}
{
- determination ? potential_victim_sex and referrals ? specialist_trafficking_unit and referrals ? victim_service_ngo and consent_sought and not support_conditional and not tipped_off and referrals ? sexual_reproductive_health and referrals ? victim_witness_protection and referrals ? legal_aid and referrals ? psychological_counselling:
    At half past two a support worker arrives in an unmarked car. Tess gets in with the blanket still around her shoulders.
    {knows_about_mum:
        The specialist unit has already asked the local station to look in on her mother.
    }
    Before the door closes she says, "Thanks for asking me. Nobody asks me anything." # speaker: Tess # mood: tired
    She is somewhere safe tonight, and what happens next is hers to decide. # ending: safe_handover
- else:
    A support worker arrives in an unmarked car. Tess gets in, but she keeps checking her phone.
    {not (determination ? potential_victim_sex):
        Your report does not say what you saw tonight, so nobody will be looking for Ray's other phones, or his other cities.
    }
    {not consent_sought or support_conditional:
        Nobody asked her what she wanted. At the first stop she asks to be let out, and the support worker cannot stop her.
    - else:
        Some of what she needs has not been arranged, and it will be days before anyone picks it up.
    }
    {knows_about_mum && not (referrals ? victim_witness_protection):
        Nobody has asked the specialist team to protect her mother from the threat she told you about.
    }
    {sister_tonight:
        She had told you where she wanted to go and what could wait. The form says otherwise, and she notices.
    }
    She is out of Ray's car tonight. Whether she stays out depends on what happens next, and some of that was left undone. # ending: handover_with_gaps
}
-> END
