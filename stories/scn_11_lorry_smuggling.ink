# id: scn_11_lorry_smuggling
# title: Border checkpoint: five in the lorry
# summary: A lorry search at a land border finds five adults hidden behind pallets of tiles, two of them badly dehydrated. Screen each person properly before you decide anything about them.
# form: none
# setting: border_checkpoint
# minutes: 16
# difficulty: advanced
# content_warning: People found hidden in a lorry, two of them unwell from heat and thirst.
# content_warning: References to persecution in a home country (not described in detail).
# objective: Screen every person separately and in private, through an independent interpreter, before deciding anything about them.
# objective: Decide on what each person's account shows, and on what it does not.
# objective: Give the people found what they still need, whatever you decide.
# teaching_point: Smuggling is not trafficking: fees paid in full before leaving, documents in their own hands, no job waiting and no threats from the smuggler, established for each person in private.
# teaching_point: Smuggled people still need medical care, asylum information and legal advice; removal before screening, and consular contact for people fleeing persecution, are harmful.
# scene: border_checkpoint
# determination: not_trafficking_smuggling
# referrals_required: medical_care, interpreter_independent, asylum_migrant_support, legal_aid, hotline_information
# referrals_harmful: deportation_or_removal, consular_contact
# referrals_unnecessary: safe_shelter, victim_service_ngo, residence_protection, specialist_trafficking_unit
# screen: samira, hamid, karim, leila, yusuf
# conditions: smuggled_without_exploitation, concern_below_threshold, language_barrier, foreign_national, irregular_status, protection_need_asylum, health_need_observed

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/interpreter.ink
INCLUDE common/closing.ink

// What the trainee did, beyond the mirrored rapport and distress.
VAR interpreter_on = false     // the independent interpreter is on the line
VAR karim_interprets = false   // one of the group interpreted for the others
VAR asked_as_group = false     // screening questions were put to all five together
VAR private_rooms = false      // each person is seen on their own
VAR leading_asked = false      // a trafficking story was suggested to Samira
VAR threatened_them = false    // someone was threatened with removal
VAR consent_sought = false     // options were explained and people were asked
VAR screened = 0               // people screened in private, Samira included
VAR clues = 0                  // places searched in the trailer
// Set once the screening is over: what the closing and the endings need to know of it. Folding the
// details into two facts keeps the closing from depending on every combination of them.
VAR seen_apart = false         // each person was seen alone, with the independent interpreter
VAR everyone_screened = false  // all five were screened

-> checkpoint

=== checkpoint ===
Two in the morning at the land border. A queue of lorries idles under the floodlights, engines running against the cold. # sfx: traffic
The heartbeat detector on a tile lorry has gone off. Border officers break the seal on the trailer, and you are called over to help. # sfx: radio_chatter
Behind the last row of pallets, in a gap no wider than a wardrobe, five people blink into the torchlight: three men and two women, all adults. The air that comes out of the trailer is hot and sour.
An older man cannot stand up. A woman of about forty-five is holding his head in her lap, and her own lips are cracked and grey. # indicator: malnutrition_or_exhaustion
The others press back against the pallets at the sight of the uniforms. # indicator: fearful_demeanour
-> first_minutes

=== first_minutes ===
Officer Reyes from the border team is beside you. "Your call," she says. "They're yours to screen." # speaker: Reyes # phase: engage_explain
* [Get water to everyone, help them down into the warm, and call the paramedic for the two who are unwell # q: attend_to_immediate_needs]
    "Water first. Let's get everyone down and out of the cold, and get the paramedic to those two." # speaker: You
    Reyes brings a crate of water bottles. The paramedic climbs into the trailer with a stretcher for the older man. The others drink as if they have not seen water for a day.
    As they climb down, the woman who was holding the older man's head keeps two passports pressed flat inside her coat, one of them not hers. # indicator: documents_withheld
    -> trailer
* [Line them up against the trailer and ask for their passports before anything else # q: routine_identity_check # distress: +4 # rapport: -1]
    "Passports. Everyone, against the side of the trailer, please." # speaker: You
    They understand the word. Four of them fumble in pockets and produce passports; the woman holding the older man holds up two. Nobody dares to move while you read them. The older man slides down the trailer wall, and Reyes calls the paramedic herself.
    -> trailer
* [Demand to know which of them organised this, and where the smuggler is # q: interrogative_pressure]
    ~ threatened_them = true
    "Who's in charge here? Who organised this? Nobody's going anywhere until someone tells me." # speaker: You
    Nobody answers. The younger woman starts to cry. Reyes calls the paramedic while you are still talking. # mood: afraid
    -> trailer

=== trailer ===
While the paramedic works, you look at where they travelled. # sfx: footsteps
-> search

= search
* [Look into the gap behind the pallets # hotspot: hiding_space]
    ~ clues += 1
    Flattened cardboard on the floor, five empty two-litre bottles, a bucket, a torch with a dead battery. Someone has scratched tally marks into the trailer wall: three days of them.
    -> search
* [Look at the note taped inside the trailer door # hotspot: trailer_door_note]
    ~ clues += 1
    A strip of masking tape holds a note in two scripts. Reyes reads it over your shoulder: a phone number, and the words "no phones until the border, stay silent, I will call the driver". # indicator: movement_controlled_by_others
    -> search
* [Look at the small bags they brought # hotspot: their_bags]
    ~ clues += 1
    Five small backpacks. In each, spare clothes, a phone charger, some food wrapped in cloth. One has a folded sheaf of papers in a plastic sleeve: school certificates, a teaching diploma, a photo of a family on a wedding day.
    A phone in the front pocket of another lights up again and again with the same saved number: "Where are you? They said you are stopped. Call me." 
    -> search
// The driver is not one of the people you screen: talking to him takes you to his cab, out of the
// interview, so the choice goes to a stitch of its own.
* [Talk to the driver in his cab]
    -> driver
* {clues >= 1} [Go back to the five people]
    -> arrangements

= driver
The driver insists he knew nothing and wants his union rep. Reyes's team will deal with him. "Not my business what's in the back. Someone loads, I drive." # speaker: Driver # mood: defensive
-> search

=== arrangements ===
The five are in the warm inspection shed now, wrapped in foil blankets on a bench. The older man is in the ambulance outside with the paramedic. A young man at the end of the bench, Karim, says in good English that they all speak Dari.
-> arrange

= arrange
+ {distress >= 6} [The group is frightened. Stop, and tell them calmly that nobody is in trouble for answering # q: respond_to_distress]
    "Nobody is in trouble for talking to me. Take a moment. Drink some water." # speaker: You
    Samira stops crying. Leila holds her hand. # mood: calmer
    -> arrange
* [Call the telephone interpreting service for a Dari interpreter and brief them # q: use_independent_interpreter]
    ~ interpreter_on = true
    -> brief_telephone_interpreter("Dari") ->
    When the interpreter greets them in Dari, both women look up properly for the first time.
    -> arrange
* [Ask Karim, who speaks English, to interpret for the others # q: use_informal_interpreter]
    ~ karim_interprets = true
    "Karim, could you translate for the others?" # speaker: You
    "Okay, sure." He turns to the bench and speaks for a long time. # speaker: Karim
    -> informal_interpreter_doubts("Karim") ->
    You have no idea how much of what you asked they heard, or in what words.
    -> arrange
* [Ask the group together whether anyone owes money, has a job waiting here, or is being forced to travel # q: multiple_question]
    ~ asked_as_group = true
    "Does anyone owe money for this, or have a job waiting, or is anyone being made to come here?" # speaker: You
    {interpreter_on: The interpreter relays it.|Karim relays it, in a few words.} Everyone shakes their head at once. Nobody looks at anybody else.
    In front of the others, nobody would have said yes to any of it. You have learned nothing you can rely on.
    -> arrange
* [Tell them they are illegal entrants and may also be trafficking victims under the law, and ask if they understand # q: jargon_or_labelling]
    "You've committed an illegal entry offence, but you may also be victims of trafficking under section four. Do you understand?" # speaker: You
    They look at one another. Karim shakes his head slowly. "Victims? We paid. We are not victims. We are going to my brother." # speaker: Karim # mood: confused
    -> arrange
* [Explain that you will speak with each of them on their own, one after another, as you do with everyone # q: ensure_privacy]
    ~ private_rooms = true
    "I'm going to talk to each of you on your own, one at a time, in the side room. We do that with everyone. It's not because anyone is suspected of anything." # speaker: You
    {interpreter_on: The interpreter relays it. A few of them nod.|Karim relays it. A few of them nod.}
    -> arrange
* {interpreter_on or karim_interprets} [Start with the younger woman, Samira, who has been watching the door # screens: samira]
    -> samira

=== samira ===
{private_rooms:
    The side room has a table, three chairs and a window onto the dark car park. Samira sits across from you, the interpreter on speaker between you. She is in her mid-twenties, her headscarf pulled forward. # indicator: fearful_demeanour
- else:
    You talk to Samira at the end of the bench. The others can hear every word; Karim is sitting an arm's length away. # indicator: fearful_demeanour
}
-> samira_opening

= samira_opening
+ {distress >= 6} [Samira is shaking. Stop, and tell her she is safe in this room # q: respond_to_distress]
    "Let's stop for a moment. You're safe in this room. Nobody is sending you anywhere while we talk." # speaker: You
    She breathes out slowly and sits back in the chair. # mood: calmer
    -> samira_opening
* [Tell her who you are, what this conversation is for, and what will happen after it # q: explain_process]
    "I'm a police officer. My job tonight is to find out who you are, whether you're safe and what you need. After we talk, I'll explain what happens next. You're not being charged with anything in this conversation." # speaker: You
    "Thank you." She pulls the blanket round her shoulders. "At home, the police work for the men we ran from. I didn't know what you would do." # speaker: Samira # mood: wary # indicator: distrust_of_authorities
    -> samira_opening
* [Ask whether she would prefer a woman to interpret or to be in the room # q: offer_gender_choice]
    "Would you rather have a woman interpreting, or my female colleague in the room?" # speaker: You
    She thinks. "A woman in the room. Please." Reyes comes in and sits quietly by the door. # speaker: Samira
    -> samira_opening
* [Tell her she can stop, take a break or skip a question whenever she wants # q: give_control]
    "If you want to stop or skip something, just say. You decide the pace." # speaker: You
    She nods, and her shoulders drop a little.
    -> samira_opening
* [Promise her that she will be given asylum here # q: promise_unkeepable]
    "Don't worry. You'll get asylum here, I promise." # speaker: You
    For a moment she looks hopeful. Then she looks at your uniform, and you see her wonder what else you might say that isn't true.
    -> samira_opening
* [Tell her she will be sent back on the next transport unless she gives you the smuggler's name # q: threaten_sanction]
    ~ threatened_them = true
    "Unless you give me the name of the man who organised this, you're on the next transport back." # speaker: You
    She goes white. "Please. I cannot go back. Please." She is shaking. # speaker: Samira # mood: terrified # indicator: distrust_of_authorities
    -> samira_opening
* [Ask her to tell you, in her own words, how she came to be in the lorry # q: open_invitation]
    -> samira_account

=== samira_account ===
"Can you tell me how you came to be here tonight, starting wherever you like?" # speaker: You # phase: free_account
{
- rapport >= 2 && private_rooms && interpreter_on && not threatened_them:
    She speaks for a long time, and the interpreter follows her sentence by sentence.
    "I was a teacher. I taught girls. Some men came to the school and said that if I came back they would hurt my family. My father said I must leave." # speaker: Samira
    "My uncle found a man who takes people. My family sold my mother's gold and paid him everything, before we left. He arranged it all: a car, then walking, then a house where we waited, then this lorry. He told us when to move and when to be silent, and he kept our phones switched off until the border." # speaker: Samira # indicator: movement_controlled_by_others
    "My cousin lives here, in the capital. I will go to him and ask for protection. That is all I want." # speaker: Samira # mood: tired
- rapport >= 1 && not threatened_them:
    "I came because it was not safe at home. My family paid a man to bring me. I want to go to my cousin." # speaker: Samira # mood: guarded
    She keeps her answers short and watches the door.
- else:
    "I don't know. I don't know anything. Please don't send me back." # speaker: Samira # mood: afraid
}
-> samira_account.samira_followups

= samira_followups
+ {distress >= 6} [Samira is shaking. Stop, and tell her there is no hurry # q: respond_to_distress]
    "Let's stop for a moment. There's no hurry." # speaker: You
    She breathes out slowly. # mood: calmer
    -> samira_followups
* [Ask her to tell you more about the journey in the lorry # q: open_followup # distress: +5]
    "You mentioned the lorry. Tell me more about that part of the journey." # speaker: You
    "Three days. It was so hot in the day. The water finished on the second night. Yusuf fainted and we banged on the wall, but the lorry did not stop." Her voice cracks, and she stops. # speaker: Samira # mood: afraid
    -> samira_distress
* [Say nothing for a while and let her continue when she is ready # q: allow_silence]
    You wait. Reyes waits.
    {rapport >= 2 && not threatened_them:
        "I am not a criminal," she says at last. "I was a teacher. I just want to be safe." # speaker: Samira # mood: sad
    - else:
        She waits too, watching the door.
    }
    -> samira_account.samira_followups
* [Go on to the questions you need to check with her]
    -> samira_screen

=== samira_distress ===
She presses her hand flat over her mouth. Her eyes are open, but she is back in the trailer. # indicator: trauma_symptoms
* [Stop. Tell her she is safe in this room and help her slow her breathing # q: respond_to_distress]
    "Let's stop. You're out of the lorry. You're in a warm room, and Yusuf is with the paramedic. Breathe with me." # speaker: You
    Slowly she breathes out. Reyes passes her a cup of water.
    -> samira_account.samira_followups
* [Tell her that sounds terrifying, and that she did nothing wrong # q: validate_empathise]
    "That sounds terrifying. You kept going and you kept each other alive. Thank you for telling me." # speaker: You
    She nods and wipes her eyes with the heel of her hand. # speaker: Samira # mood: tearful
    -> samira_account.samira_followups
* [Offer her a break and a few minutes with Reyes # q: offer_break]
    "Let's take a break. Reyes will stay with you, and I'll come back in a few minutes." # speaker: You
    When you come back she is sitting straighter, her hands around a cup of tea.
    -> samira_account.samira_followups
* [Keep going: tell her you need the exact date of every border crossing, now # q: interrogative_pressure]
    "I need the exact dates. Which day did you cross each border? We're not stopping until I have them." # speaker: You
    She shakes her head and does not answer. The interpreter says she is crying. # speaker: Interpreter
    -> samira_account.samira_followups

=== samira_screen ===
There are things you need to check before you can decide anything about her. # phase: clarify
- (ask)
+ {distress >= 6} [Samira has gone quiet and pale. Stop the questions and help her settle # q: respond_to_distress]
    "Let's take a moment. There's no hurry at all." # speaker: You
    She drinks some water, and her hands stop shaking. # mood: calmer
    -> ask
* [Ask how the journey was paid for, and whether any of it is still owed, to anyone # q: specific_wh]
    "How was the journey paid for? Is any of it still owed, to anyone?" # speaker: You
    "All paid, before we left. My uncle has the message from the man. He said after the border we are finished with him, and good luck." # speaker: Samira
    -> ask
* [Ask where her passport and phone are now # q: specific_wh]
    "Where are your passport and your phone now?" # speaker: You
    She takes both out of the inside pocket of her coat and puts them on the table. "Here. Always with me." # speaker: Samira
    -> ask
* [Ask what will happen when she arrives, and whether anyone has promised her work # q: open_followup]
    "What happens when you get to your cousin? Has anyone offered you work, or told you where you'll live?" # speaker: You
    "No work. My cousin has a flat, I will sleep on his sofa. First I ask for protection, then I learn the language. Maybe one day I teach again." # speaker: Samira # mood: hopeful
    -> ask
* [Ask whether there is anyone she is afraid of, here or at home # q: safety_check]
    "Is there anyone you're afraid of, here or at home?" # speaker: You
    "The men at home. Not here." She considers. "The smuggler, no. He has his money. He does not care about us any more." # speaker: Samira
    -> ask
* [Suggest that the smuggler will make her work for him to pay him back, won't he? # q: leading]
    ~ leading_asked = true
    "The man who brought you is going to make you work for him to pay him back, isn't he?" # speaker: You
    She stares at you. "Is he? Will he? Nobody said this..." Her hands start to shake. # speaker: Samira # mood: confused
    "I... I don't know. You said maybe I must work. Maybe?" She looks at you as if you know something she does not, then shakes her head. "No. My family paid all. I am sure. I think I am sure." # speaker: Samira
    She says nothing more that she is sure of. Whatever you ask now, she answers with what she thinks you want to hear, and you stop. # mood: confused
    ~ screened += 1
    -> others
* [Tell her you don't believe a family could pay that much in cash up front # q: express_disbelief]
    "Come on. Nobody pays that kind of money up front. Who's really paying for this?" # speaker: You
    "My family! My mother's gold!" She pushes her chair back from the table. "Why would I lie?" # speaker: Samira # mood: angry
    She folds her arms and answers nothing else you ask. Whatever else she could have told you stays with her. # mood: closed
    ~ screened += 1
    -> others
* [Check with her what you have understood # q: summarise_check]
    "Let me check I have it right. You left because you were threatened for teaching. Your family paid the whole fee before you left. Nobody has a claim on you now, you have your own passport and phone, and you're going to your cousin to ask for protection. Is that right?" # speaker: You
    {rapport >= 2 && not threatened_them:
        "Yes. Exactly." For the first time she nearly smiles. # speaker: Samira # mood: relieved
    - else:
        "Yes." She says it quickly, to make it finish. # speaker: Samira # mood: guarded
    }
    ~ screened += 1
    -> others

=== others ===
{screened == 1:
    There are four more people to see. Samira's account is one account; each of them could be in a different position.
}
* [See Hamid, the man in his thirties, on his own # q: specific_wh # screens: hamid]
    ~ screened += 1
    -> hamid
* [See Karim, the young man who speaks English, on his own # q: open_followup # screens: karim]
    ~ screened += 1
    -> karim
* [See Leila, the older woman, on her own # q: safety_check # screens: leila]
    ~ screened += 1
    -> leila
* [Go out to the ambulance and check with the paramedic before you speak to Yusuf # q: attend_to_immediate_needs # screens: yusuf]
    ~ screened += 1
    -> yusuf
* [That is enough screening for tonight. Bring everyone back together]
    -> closing

= hamid
{private_rooms: Hamid sits in the side room, his knee bouncing.|Hamid talks to you at the end of the bench, with the others listening.}
"How was your journey paid for, and is any of it still owed, to anyone at all?" # speaker: You
"All paid. I worked two years in a bakery for it. Look." He shows you a message on his own phone, a photo of a handwritten receipt. "The man says, after the lorry, you never see me again. Good." # speaker: Hamid
"And where will you go?" # speaker: You
"My friend from school lives in the north. I ask for asylum there. No job yet, first the papers." # speaker: Hamid
-> others

= karim
{private_rooms: Karim sits in the side room and speaks to you in English, though you keep the interpreter on so he can switch whenever he likes.|Karim answers you at the end of the bench, with everyone listening.}
"What happens when you arrive? Has anyone promised you work or somewhere to live?" # speaker: You
"My brother has a flat here. Nobody promised me anything. I'm an engineer, I want to do it properly, asylum first." # speaker: Karim
"Is there anyone who could make trouble for you, or for your family, now that you're here?" # speaker: You
"At home, yes. That's why I left. The smuggler? No. He has been paid. We are nothing to him now." # speaker: Karim
"The messages on my phone? My brother. The driver's friend told him we were stopped. He is waiting at the bus station with a coat for me." He shows you the thread: weeks of messages, a baby photo, a flat by a railway line. # speaker: Karim
-> others

= leila
{private_rooms: Leila sits in the side room, turning a water bottle round in her hands.|Leila answers you on the bench, looking towards the ambulance the whole time.}
"Is there anyone you are afraid of, here or at home?" # speaker: You
"At home, the men who took my son. Here, nobody. I am afraid for my husband." She looks towards the ambulance. # speaker: Leila # mood: worried
"Who has your documents?" # speaker: You
"Me. Mine and his, my husband's. He drops things, and in the lorry he could not hold anything." She shows you the two passports, hers and Yusuf's. "We paid everything, the two of us, from our shop. We go to my sister." # speaker: Leila
-> others

= yusuf
The paramedic steps down from the ambulance. "He's badly dehydrated and his blood sugar is all over the place. He needs a drip and a night in hospital. Keep it short." # speaker: Paramedic
"You're going to hospital. Your wife has your passport and she's coming with you. Is there anyone you're worried about?" # speaker: You
"Only my wife. Only my son, at home." He closes his eyes. "We paid. It is finished with that man." # speaker: Yusuf # mood: tired
-> others

=== closing ===
// In a knot of its own, so that the details it folds are not read again once the closing begins.
~ seen_apart = private_rooms && interpreter_on && not karim_interprets && not asked_as_group
~ everyone_screened = screened >= 5
-> closing_talk

=== closing_talk ===
You bring everyone who is still at the checkpoint back together in the shed. # phase: close
{not everyone_screened:
    You have not spoken to every one of them on their own. Whatever you decide, for some of them you are guessing.
}
-> close_choices

= close_choices
+ {distress >= 6} [They look exhausted and afraid. Pause, and tell them nothing has to be decided this second # q: respond_to_distress]
    "Let's slow down. Nothing has to be decided this second." # speaker: You
    Karim says something quietly to the others, and they settle. # mood: calmer
    -> close_choices
* [Explain what happens next: medical care, the asylum procedure, and independent advice # q: explain_next_steps]
    "Here is what happens next. Yusuf goes to hospital tonight and Leila goes with him. Anyone else who feels unwell will be seen too. If you want to ask for protection here, there is a procedure, and people whose job is to explain it. A lawyer can advise you for free. Tonight is about getting you care and information." # speaker: You
    {interpreter_on: The interpreter relays it slowly. Karim nods along.|Karim relays it. You hope he relays all of it.}
    -> close_choices
* [Explain the services one by one and ask each person what they want # q: seek_informed_consent]
    ~ consent_sought = true
    "There's a doctor for anyone who wants to be checked. There's an organisation that helps people who have just arrived and want to ask for asylum: they can explain the process and help you with it. And a lawyer, free, who works for you. Which of these do you want? You can say no." # speaker: You
    One by one, they answer. All of them want the asylum advice and the lawyer. Samira and Hamid want to see a doctor too. # mood: calm
    -> close_choices
* [Tell them that if anyone, later, asks them to work off a debt or takes their papers, they can call a number at any time # q: offer_discreet_contact]
    "One more thing. If anyone, at any point, tells you that you owe them, or asks for your passport, or offers you work you can't leave, call this number. Any time, in your language." # speaker: You
    Samira writes it inside the cover of her teaching diploma. # speaker: Samira
    -> close_choices
* [Promise them that they will all be allowed to stay # q: promise_unkeepable]
    "You'll all be allowed to stay, don't worry." # speaker: You
    Hamid looks at Karim. Karim shrugs. They have heard promises before.
    -> close_choices
* [Record your decisions]
    -> decisions

=== decisions ===
-> record_determination ->
-> record_referrals ->
{
- referrals ? deportation_or_removal || referrals ? consular_contact:
    -> harmful_end
- not (determination ? not_trafficking_smuggling):
    -> wrong_call_end
- referrals ? medical_care && referrals ? asylum_migrant_support:
    -> support_end
- else:
    -> wrong_call_end
}

=== harmful_end ===
{referrals ? deportation_or_removal:
    Removal proceedings are opened before anyone has heard why they left. Samira's teaching diploma goes into a property bag with her phone.
}
{referrals ? consular_contact:
    A message goes to their embassy overnight, with their names and photographs. The people Samira, Karim and Leila ran from now know where they are.
}
{referrals ? immigration_detention:
    All five are held in the immigration unit, Yusuf after a night on a drip under guard.
}
Nobody asked in time what they needed, or what they feared. # ending: sent_back_unheard
-> END

=== wrong_call_end ===
~ referral_summary("each of them")
-> detention_note ->
{
- determination ? insufficient_information:
    You write that you cannot tell what this is. The five are left waiting in the shed until the day shift, with nobody sure who is responsible for them. # ending: left_in_limbo
    -> END
- determination ? not_trafficking_smuggling:
    The call is right, but the help is thin. {not (referrals ? medical_care): Yusuf's hospital stay is arranged by the paramedic, not by you, and nobody checks the others.} {not (referrals ? asylum_migrant_support): Nobody explains how to ask for protection, and the five leave with a form none of them can read.} # ending: right_call_thin_support
    -> END
- LIST_COUNT(determination ^ (potential_victim_sex, potential_victim_labour, potential_victim_domestic_servitude, potential_victim_forced_marriage, potential_victim_organ_removal, potential_victim_child_soldier, potential_victim_forced_criminality)) > 0:
    Your report describes five trafficking victims. The specialist unit spends the next day trying to find an exploiter who does not exist, while the asylum applications wait.
    {leading_asked: Samira's statement now says "maybe I must work", because you said it first. Her lawyer will spend weeks untangling it.}
    "We are not victims of anybody here," Karim tells the caseworker. "We paid. We need to ask for protection." # speaker: Karim # mood: frustrated # ending: wrong_route
    -> END
- else:
    Your report files the five under a heading that does not fit what they told you. The asylum service reads it twice before anyone works out who should see them.
    "We crossed a border and we ask for protection," Karim tells the caseworker. "That is all this is." # speaker: Karim # mood: frustrated # ending: wrong_route
    -> END
}

=== support_end ===
~ referral_summary("each of them")
-> detention_note ->
{
- consent_sought and seen_apart and not leading_asked and not threatened_them and everyone_screened and referrals ? legal_aid and referrals ? interpreter_independent:
    By morning Yusuf is on a drip in hospital with Leila beside him. The other three are in a reception centre with an appointment to register their claims, and a lawyer's name each.
    Your notes record five separate conversations: fees paid in full before departure, documents in their own hands, no work arranged, no threats from the smuggler, and each person's own reason for leaving.
    As she leaves, Samira says, "You asked me properly. Thank you." # speaker: Samira # mood: relieved
    They were smuggled, not trafficked, and tonight they got what they needed. # ending: screened_and_supported
- else:
    The five get medical care and the asylum information, but the record is weaker than it should be.
    {not seen_apart:
        Not every one of them was asked in private and through a neutral interpreter. If one of them had owed money to someone waiting on this side, you would not have heard it.
    }
    {not everyone_screened:
        Some of the five were never screened at all.
    }
    {not consent_sought:
        Nobody asked them which services they wanted; some of the appointments will be missed.
    }
    The answer may be right. How you got there would not stand up to a second look. # ending: handover_with_gaps
}
-> END

// Detention is not scored as harm in this case, but it still has a cost the story shows.
=== detention_note ===
{referrals ? immigration_detention:
    Because you asked for detention, the three who are not in hospital spend the rest of the night in a holding unit, and their claims wait until someone releases them.
}
->->
