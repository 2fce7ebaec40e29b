# id: scn_15_er_wound
# title: Cubicle 9
# summary: A charge nurse calls police to the emergency department: a young man with a high fever and an infected wound was brought in by a man who answers every question for him and wants him out tonight. The patient speaks little English. Find out what he needs.
# form: organ_trafficking, cross_border_trafficking
# setting: hospital_er
# minutes: 16
# difficulty: advanced
# content_warning: Medical detail: surgery, an infected wound, fever and pain.
# content_warning: A young man exploited through his family's debts, and his brother at home put in danger.
# objective: Put urgent medical care before any questions.
# objective: Speak with a patient away from the person who brought him, through a qualified independent interpreter.
# objective: Recognise a victim who believes he is the offender, and never threaten him with it.
# objective: Check that contact with anyone abroad is safe and agreed before you make it, and let an adult decide which help he accepts.
# scene: hospital_er
# determination: potential_victim_organ_removal
# referrals_required: medical_care, interpreter_independent, specialist_trafficking_unit, victim_service_ngo, legal_aid, residence_protection, safe_shelter, victim_witness_protection, psychological_counselling
# referrals_harmful: arrest_for_compelled_offence, release_to_controller, immigration_detention, deportation_or_removal, consular_contact
# referrals_unnecessary: child_protection, labour_inspectorate, asylum_migrant_support, family_or_community_mediation
# conditions: trafficking_indicators_present, controller_present_or_involved, injury_or_acute_illness, language_barrier, foreign_national, compelled_offence_exposure, retaliation_risk, no_safe_place_to_stay, home_state_risk

// Premise: domain reference 8.9 (scn_09_er_kidney), moved to the country where the clinic is: a
// man brought here on papers naming him a patient's cousin, his kidney removed in a private
// clinic, paid a fraction and left in a broker's flat without aftercare. Seeds: 001 (organ
// trafficking, false papers, medical tourism, non-punishment) and 002 (medical care, equal access
// regardless of status). What Ilie says depends on the interpreter, on the mirrored `rapport` and on
// the facts below; the scene shows the rest.

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink
INCLUDE common/interpreter.ink

// Once-only moves of the current hub; cleared on entering each hub so that paths differing only
// in which of them were made merge again for the explorer.
LIST moves = m1, m2, m3, m4, m5, m6, m7, m8
VAR done = ()

// What the trainee did that changes what Ilie says or how the night ends.
VAR left_with_dorin = false   // Ilie was let go with Dorin before anyone spoke to him alone
VAR interpreter_ok = false    // a professional telephone interpreter is on the line
VAR threatened = false        // he was warned that selling an organ is a crime
VAR open_up = false           // he trusts you enough to tell you more: set from rapport at his free account, lost when he is blamed or pushed
VAR told_story = false        // he told you about the job, the debt and the kidney (what the follow-ups can take up)
VAR safety_checked = false    // you asked who is in danger and explained what can be done about it
VAR brother_known = false     // he has told you about the threat to his brother
VAR consent_asked = false     // his options were explained and he was asked
VAR declined = false          // he chose to go home once treated, not the shelter and support services (his own choice, asked for with give_control)
VAR pressed = false           // help was made to depend on a statement

-> triage

=== triage ===
~ done = ()
Ten past eleven at night. The emergency department is full: a child crying somewhere, a drunk man singing, phones ringing at the nurses' station. # sfx: footsteps # phase: engage_explain
The charge nurse, Ruth, takes you and Officer Kaur to one side.
"Cubicle 9. Came in an hour ago with a temperature of nearly forty and an infected wound on his left side. The man with him says he's his cousin and does all the talking: he told triage it was an appendix operation. He wants antibiotics in a bag and to leave. The doctor wants him admitted." # speaker: Ruth # mood: uneasy
-> station

= station
+ {done !? m1} [Look at the registration record on the screen at the desk # hotspot: registration_desk]
    ~ done += m1
    Ilie Rusu, 27. Address: a flat number on a road on the industrial estate by the ring road. Next of kin: "Dorin (cousin)", a mobile number. In the box for identification, the receptionist has typed: passport held by cousin. # indicator: documents_withheld
    -> station
+ {done !? m2} [Ask Ruth what she makes of the wound]
    ~ done += m2
    "It's a proper surgical cut, from his back round to his side, two or three weeks old. It's been left: the dressing's filthy and it hasn't been looked at in days." # speaker: Ruth # mood: uneasy # indicator: untreated_health_problems
    "And that's not an appendix scar. Your appendix is on the other side." # speaker: Ruth # indicator: unexplained_surgical_scar
    -> station
+ [Go to cubicle 9]
    -> cubicle

=== cubicle ===
~ done = ()
Ilie lies on the trolley under a thin blanket, grey in the face and shivering, his knees drawn up. Every movement makes him wince. # sfx: footsteps
Beside him a man in his forties in a leather jacket holds a plastic folder on his knee. He stands up as you come in.
"Officers. No problem here. My cousin had an operation at home, he goes home on Thursday. We only need medicine." # speaker: Dorin # mood: calm
The doctor, Dr Osei, comes in behind you with a nurse and a drip stand.
"I need to start antibiotics and take bloods now. He may be going septic." # speaker: Dr Osei
"No hospital. We go." # speaker: Dorin # mood: irritated
-> first_move

= first_move
+ [Tell the doctor to go ahead: treatment comes first, and your questions can wait # q: attend_to_immediate_needs]
    "Please go ahead, doctor. Whatever he needs comes first. We'll wait." # speaker: You
    The nurse puts the line in. Ilie watches the drip start, then looks at you for the first time, and some of the stiffness goes out of his shoulders. # mood: calmer
    -> dorin
+ [Ask the doctor for ten minutes with him first, while he is still clear-headed # q: interrogative_pressure]
    "Can you give us ten minutes with him first, doctor? While he's still clear-headed?" # speaker: You
    "No." Dr Osei does not look up. "He is septic, officer. He gets treated now, and you can talk to him when he's stable." # speaker: Dr Osei # mood: angry
    The nurse puts the line in. Ilie has seen the argument, if not understood it, and keeps his eyes on the ceiling. # mood: afraid
    -> dorin
+ [Ask Dorin to translate a few questions for you while the doctor works # q: use_controller_as_interpreter]
    "Could you ask him a couple of things for me while the doctor works?" # speaker: You
    Dorin speaks to Ilie quickly and at length. Ilie answers in two words.
    "He says the operation was at home, in a good hospital, and he is fine. He only wants to rest." # speaker: Dorin # mood: calm # indicator: cannot_speak_freely
    -> informal_interpreter_doubts("Dorin") ->
    -> dorin

=== dorin ===
~ done = ()
Dorin has not sat down again.
"If he stays, who pays? I take him home tonight, I bring him back tomorrow if he needs." # speaker: Dorin # mood: irritated
Ilie's eyes go from Dorin to you and back. # indicator: fearful_demeanour, controlled_by_another_person
-> choose

= choose
+ {distress >= 6} [He is shaking under the blanket. Tell him, slowly and with gestures, that he is safe and nobody is taking him anywhere yet # q: respond_to_distress # distress: -3]
    "You are safe. Nobody is taking you anywhere yet." You point to the drip, then to the bed. # speaker: You
    He understands enough. His hands loosen on the blanket. # mood: calmer
    -> choose
+ {done !? m1} [Ask to see Ilie's identification # q: routine_identity_check]
    ~ done += m1
    Dorin takes a passport from inside his own jacket and opens it at the photo page without letting go of it. Out of the folder he takes a letter on a clinic's headed paper: Mr Ilie Rusu travels as a family member accompanying his cousin, Mr A. Krasner, for medical treatment. # indicator: false_or_fraudulent_documents, sham_medical_travel
    "All in order. I keep it for him. He loses things." # speaker: Dorin # mood: calm
    -> choose
+ {done !? m2} [Ask Ilie, with Dorin at his side, whether he wants to stay in hospital # q: question_in_presence_of_controller]
    ~ done += m2
    "Ilie, do you want to stay here?" You point to the bed, then to the door. # speaker: You
    Ilie looks at Dorin before he answers.
    "Home. Thursday." # speaker: Ilie # mood: flat # indicator: cannot_speak_freely
    -> choose
+ [Say that staff and police speak with every patient on their own, as routine. Officer Kaur asks Dorin to wait with her in the relatives' room, and the nurse draws the curtain # q: ensure_privacy]
    "We speak with every patient on their own for a few minutes. It's routine. Sir, would you wait in the relatives' room with my colleague?" # speaker: You
    Dorin's jaw tightens. He says something short to Ilie in their language before Kaur walks him out. The folder goes with him.
    -> behind_curtain
+ [He is an adult and this is a family's medical decision: let Dorin take him home against medical advice # critical: release_to_controller]
    ~ left_with_dorin = true
    -> taken_home

=== taken_home ===
Dr Osei makes Ilie sign a form saying that he is leaving against medical advice, and tells Dorin twice that he must come back if the fever gets worse. Dorin nods to all of it. # sfx: footsteps
Ilie walks out bent over, one hand on his side, Dorin's hand under his elbow. You note your assessment before you leave the department.
-> decisions

=== behind_curtain ===
~ done = ()
Behind the curtain it is a little quieter. Ilie follows every movement you make. He has only a few words of English, and you have none of his.
-> who_interprets

= who_interprets
+ {distress >= 6} [He is shaking. Sit down beside the trolley and wait with him until it eases # q: allow_silence # distress: -3]
    You sit where he can see you and say nothing for a while. The shaking eases. # mood: calmer
    -> who_interprets
+ [Call the telephone interpreting service on the cubicle phone # q: use_independent_interpreter]
    ~ interpreter_ok = true
    -> brief_telephone_interpreter("Romanian") ->
    When the interpreter greets him in his own language, Ilie shuts his eyes for a second, as if he has put something heavy down.
    -> engage
+ {done !? m1} [A porter on the ward speaks Romanian: ask him to help out for ten minutes # q: use_informal_interpreter]
    ~ done += m1
    The porter, Vasile, is happy to help. As he comes in, he nods at Ilie.
    "I know his cousin a bit. From church." # speaker: Vasile
    Ilie's face closes. He answers Vasile's first question with a shrug.
    -> informal_interpreter_doubts("Vasile") ->
    -> who_interprets
+ [Carry on in English, slowly, with gestures]
    You try, slowly. Ilie nods at everything, and you cannot tell what he has understood.
    -> engage

=== engage ===
~ done = ()
-> hub

= hub
+ {distress >= 6} [Stop. Tell him he is safe here and that nothing more will happen tonight without his agreement # q: respond_to_distress # distress: -3]
    "Let's stop for a moment. You're safe here. Nothing else happens tonight without you agreeing to it." # speaker: You
    His breathing slows. # mood: calmer
    -> hub
+ {done !? m2} [Explain who you are, why you are here and that he can stop at any time # q: explain_process]
    ~ done += m2
    "I'm a police officer. The hospital asked us to come because they were worried about you. I want to check you are safe. I'll tell you what I'm doing before I do it, and you can stop at any time." # speaker: You
    {interpreter_ok:
        The interpreter puts it into Romanian. Ilie listens to the end and nods.
    - else:
        Ilie nods, a little too quickly.
    }
    -> hub
+ {done !? m3} [Tell him that what matters to you tonight is his health and his safety, not anything he has signed # q: reassure_victim_status]
    ~ done += m3
    "What matters to me tonight is your health and whether you're safe. Not anything you've signed." # speaker: You
    {interpreter_ok:
        He speaks for a while.
        "In my country it is a crime to sell a kidney. Dorin told me it is a crime here too, and that because I signed the papers, if I talk to police I go to prison, not them." # speaker: Interpreter # mood: afraid # indicator: misled_about_legal_status
        "In my village, police are on the side of whoever pays them." # speaker: Interpreter # indicator: distrust_of_authorities
    - else:
        "Police. Prison?" He looks at the curtain. # speaker: Ilie # mood: afraid # indicator: distrust_of_authorities
    }
    -> hub
+ {done !? m4} [Ask whether there is anything he needs right now: a drink, another blanket, someone to pray with, food he can eat # q: culturally_responsive]
    ~ done += m4
    "Is there anything you need right now? Water, another blanket? If you'd like, the hospital has a chaplain, and the kitchen can find food you can eat." # speaker: You
    {interpreter_ok:
        "A blanket, please. I am always cold. Thank you for asking." # speaker: Interpreter
    - else:
        He understands "blanket" and nods.
    }
    A nurse brings a second blanket. He pulls it up to his chin.
    -> hub
+ {done !? m5} [Warn him that selling an organ is a crime here, so he had better tell you everything # q: threaten_sanction]
    ~ done += m5
    ~ threatened = true
    "You should know that selling an organ is a crime here. So it's in your interest to tell me everything." # speaker: You
    {interpreter_ok: The interpreter hesitates before putting it into Romanian.}
    Ilie turns his face to the wall.
    "Dorin said," he says, in English. "Dorin said you would say." # speaker: Ilie # mood: shut_down
    -> hub
+ {done !? m6} [Promise him he will not be charged with anything and will not be sent home # q: promise_unkeepable]
    ~ done += m6
    "I promise you: you won't be charged with anything, and nobody will send you home." # speaker: You
    {interpreter_ok: He listens to the interpreter, and then looks at you as if he is trying to work out what you want from him.}
    -> hub
+ [Ask him to tell you what happened]
    -> account

=== account ===
~ done = ()
You pull the plastic chair up to the trolley so your face is level with his. # phase: free_account
-> ask

= ask
+ {distress >= 6} [He has turned his face away and is breathing fast. Tell him there is no rush # q: respond_to_distress # distress: -3]
    "There's no rush. We can stop whenever you need to." # speaker: You
    After a while he turns back. # mood: calmer
    -> ask
+ {done !? m1} [Ask him to tell you, in his own words and from wherever he likes, how he came to be here # q: open_invitation]
    ~ done += m1
    "Can you tell me how you came to be here? Start wherever you like, in your own words. Take your time." # speaker: You
    -> his_words
+ {done !? m2} [Say: "Someone took your kidney, didn't they?" # q: leading]
    ~ done += m2
    "Someone took your kidney, didn't they?" # speaker: You
    {interpreter_ok:
        He stares at the phone on the trolley while the interpreter speaks.
        "Nobody took it. I gave it. I signed." # speaker: Interpreter # mood: ashamed # indicator: shame_self_blame
    - else:
        "No. No." He shakes his head. # speaker: Ilie # mood: afraid
    }
    -> ask
+ {done !? m3} [Tell him that if he agreed to sell a kidney for money, he can hardly complain about how it turned out # q: blaming]
    ~ done += m3
    ~ threatened = true
    "If you agreed to sell a kidney for money, you can hardly complain about how it turned out." # speaker: You
    {interpreter_ok: The interpreter puts it into Romanian in a flat voice.}
    Ilie closes his eyes and does not open them again for a long time. # mood: shut_down # indicator: shame_self_blame
    -> ask

= his_words
// Rapport is read once, here: from now on what he tells you depends on `open_up`, which blaming or
// pushing takes away again (and the explorer can forget rapport).
~ open_up = interpreter_ok && rapport >= 3 && not threatened
~ told_story = open_up
{
- open_up:
    He talks for a long time, stopping when the pain catches him. The interpreter keeps pace, in the first person.
    "My father was ill for two years. The hospital bills are still there, at home. A man from the next village, Stan, said there was warehouse work abroad, good money, he would arrange the flight and the visa." # speaker: Interpreter # indicator: false_job_promise
    "When I got here, Dorin met me at the airport and took my passport for the work papers. Then he said the job was gone, and I owed three thousand for the flight and the visa, and there was only one way to pay it." # speaker: Interpreter # mood: flat # indicator: movement_controlled_by_others, debt_bondage
    "A rich man here needed a kidney. Dorin said: you have two, it is like giving blood. Fifteen thousand euros, less what you owe. They made papers that I am his cousin, and Dorin told me what to say when the clinic asked." # speaker: Interpreter # indicator: promise_of_payment_for_organ, sham_medical_travel
    "I sold a piece of my own body. What kind of man does that." # speaker: Interpreter # mood: ashamed # indicator: shame_self_blame
- interpreter_ok && not threatened:
    "I came for work. There was an operation. Now I go home on Thursday." # speaker: Interpreter # mood: guarded
    He stops there and looks at the curtain, where Dorin went.
- interpreter_ok:
    "There is nothing to tell. I had an operation at home and I am going home on Thursday." # speaker: Interpreter # mood: flat
    They are Dorin's words, almost exactly, in the same order. # indicator: scripted_or_rehearsed_account
- else:
    "Operation. Home. Thursday," he says in English, and then nothing more. # speaker: Ilie # mood: flat # indicator: scripted_or_rehearsed_account
}
-> follow

= follow
+ {distress >= 6} [He has gone grey and quiet. Stop, and tell him he is doing well # q: validate_empathise # distress: -3]
    "You're doing well. This is hard to talk about." # speaker: You
    He nods, eyes closed. # mood: calmer
    -> follow
+ {told_story && done !? m4} [Ask him to tell you more about the money he was promised # q: open_followup]
    ~ done += m4
    "You said fifteen thousand was promised. Tell me more about the money." # speaker: You
    {open_up:
        "After the operation Dorin gave me two thousand. The rest when I am home, if I stay quiet. Less the flight, less the flat, less the food." # speaker: Interpreter # mood: tired # indicator: wages_withheld_or_confiscated
    - else:
        "Dorin has the money. It is fine." # speaker: Interpreter # mood: guarded
    }
    -> follow
+ {done !? m5} [Ask him to tell you more about what happened after the operation # q: open_followup]
    ~ done += m5
    "Tell me about after the operation. What happened then?" # speaker: You
    {open_up:
        "Three days in the clinic, then Dorin drove me to the flat. No doctor since. Two other men live there with the same bandage on the same side. One of them is younger than me." # speaker: Interpreter # mood: flat # indicator: organised_network_signs, untreated_health_problems
    - else:
        "I rested. It is fine." # speaker: Interpreter # mood: guarded
    }
    -> follow
+ {done !? m6} [Ask him what will happen if he is not on the plane on Thursday # q: open_followup # distress: +4]
    ~ done += m6
    "What happens if you're not on the plane on Thursday?" # speaker: You
    {open_up:
        ~ brother_known = true
        "Stan knows my village, my mother's house. He said if I make problems, my little brother pays what I owe. He is sixteen." # speaker: Interpreter # mood: afraid # indicator: threats_against_family
    - else:
        His hands grip the blanket. He shakes his head and will not answer. # mood: afraid
    }
    -> overwhelmed
+ {done !? m7} [Say that nobody gets talked into giving away a kidney, so there must be more to it # q: express_disbelief]
    ~ done += m7
    ~ open_up = false
    "Nobody gets talked into giving up a kidney. There has to be more to it than that." # speaker: You
    {interpreter_ok:
        "Believe what you want." # speaker: Interpreter # mood: shut_down
    }
    -> follow
+ [Go back over a few things he has mentioned]
    -> details

= overwhelmed
{distress >= 6:
    He curls on his side, away from the wound, and his breath comes in short gasps. The monitor beside him beeps faster. # indicator: trauma_symptoms
}
+ [Stop the questions. Tell him he is safe here and breathe slowly with him until it passes # q: respond_to_distress # distress: -3]
    "Let's stop. You are safe in this hospital. Breathe slowly with me." # speaker: You
    After a while the monitor slows. He lies back. # mood: calmer
    -> follow
+ [Tell him that he is frightened for his brother, and that this makes sense # q: validate_empathise # distress: -3]
    "You're frightened for your brother. Anyone would be. Thank you for telling me." # speaker: You
    He wipes his eyes with the back of the hand that has the drip in it. # mood: tearful
    -> follow
+ [Keep going while it is fresh: ask for Stan's full name, his address and the date of the threat # q: interrogative_pressure]
    ~ open_up = false
    "I need Stan's full name, where he lives and exactly when he said that." # speaker: You
    He shakes his head, again and again, and the monitor beeps faster. # mood: overwhelmed
    -> follow

=== details ===
~ done = ()
You go back over a few things, one at a time. # phase: clarify
-> clarify

= clarify
+ {distress >= 6} [He has gone quiet and grey. Give him a moment before anything else # q: allow_silence # distress: -3]
    You wait. The drip ticks. After a while he looks at you again. # mood: calmer
    -> clarify
+ {told_story && done !? m1} [Ask who has his passport now # q: specific_wh]
    ~ done += m1
    "Who has your passport now?" # speaker: You
    {interpreter_ok:
        "Dorin. Since the airport. And the return ticket." # speaker: Interpreter # indicator: documents_withheld
    - else:
        "Dorin," he says. # speaker: Ilie # indicator: documents_withheld
    }
    -> clarify
+ {done !? m2} [Ask whether there is anyone in danger, here or at home, because he has talked to you, and tell him what can be done about it # q: safety_check]
    ~ done += m2
    ~ safety_checked = true
    "Is there anyone in danger, here or at home, because you've talked to me? If there is, there are things we can do: police here can work with police at home without your name reaching anyone." # speaker: You
    {
    - open_up && brother_known:
        "My brother. And me, if Dorin knows I talked." # speaker: Interpreter # mood: afraid
    - open_up:
        ~ brother_known = true
        "My brother. Stan said my brother pays what I owe if I make problems. He is sixteen." # speaker: Interpreter # mood: afraid # indicator: threats_against_family
    - else:
        He shakes his head, too quickly. # mood: guarded
    }
    {open_up:
        "And please, not the embassy. The man who made my passport in one day is Stan's brother-in-law. He works in the passport office." # speaker: Interpreter # mood: afraid # indicator: complicit_officials_reported
    }
    -> clarify
+ {done !? m3} [Tell him he came in saying it was his appendix, and ask which story is the truth # q: confront_inconsistency]
    ~ done += m3
    ~ open_up = false
    "You came in here saying it was your appendix. Which story is the truth?" # speaker: You
    {interpreter_ok:
        "I never said appendix. Dorin said it. I don't speak to the nurse." # speaker: Interpreter # mood: angry
    - else:
        He looks at you blankly.
    }
    -> clarify
+ {done !? m4} [Ask him to start again from the very beginning, with dates, and to leave nothing out # q: demand_repeated_retelling]
    ~ done += m4
    "Start again from the very beginning, please, with dates. Don't leave anything out." # speaker: You
    He starts, stops, starts again. The dates come out in a different order from before, and he knows it. # mood: overwhelmed
    -> clarify
+ {done !? m5} [Check with him, in his own words, what you have understood so far # q: summarise_check]
    ~ done += m5
    {told_story:
        "Let me check I have this right. You came for warehouse work. Dorin took your passport. Then you were told you owed money, and that a kidney would pay it. Is that right?" # speaker: You
    - else:
        "Let me check I have this right. There was an operation, and you are meant to go home on Thursday. Is that right?" # speaker: You
    }
    {told_story && open_up:
        "Yes. When you say it, it sounds like something that was done to me." # speaker: Interpreter # mood: soft
    - else:
        {interpreter_ok:
            "I don't know." # speaker: Interpreter # mood: guarded
        - else:
            He nods, and you cannot tell at what.
        }
    }
    -> clarify
+ [Move on to what can happen now]
    -> close

=== close ===
~ done = ()
It is not your job to take his statement tonight. He needs treatment, and a safe next step. # phase: close
-> options

= options
+ {distress >= 6} [Pause, and tell him he does not have to decide anything this second # q: respond_to_distress # distress: -3]
    "Let's slow down. You don't have to decide anything this second." # speaker: You
    He nods and closes his eyes. # mood: calmer
    -> options
+ {done !? m1} [Explain what can happen next, and that he decides what he accepts # q: explain_next_steps]
    ~ done += m1
    "Here's what happens next. You stay here until the doctors say you're well. I'll ask a specialist police team to look at the clinic and the men who arranged this; that doesn't need a statement from you tonight. And there are people who can help you, and you choose which." # speaker: You
    {interpreter_ok:
        "And Dorin?" # speaker: Interpreter
    }
    "Dorin will not be told where you are, and he won't be allowed in to see you." # speaker: You
    -> options
+ {done !? m2} [Explain the options one by one and ask which of them he wants # q: seek_informed_consent]
    ~ done += m2
    ~ consent_asked = true
    "Once you're well enough, a support organisation can give you somewhere safe to stay that Dorin doesn't know. A lawyer can explain, for free, where you stand: about the papers you signed, about staying here while this is looked into, and about the money. The specialist team can look at protecting you and your brother. And later someone to talk to, if you want. Which of those would you like?" # speaker: You
    {
    - declined:
        "Like I told you: the medicine, and my brother. The rest, no. When the doctors say, I go home to my mother." # speaker: Interpreter # mood: steady # declines: safe_shelter, victim_service_ngo, legal_aid, residence_protection, psychological_counselling # agrees: medical_care, victim_witness_protection
    - interpreter_ok && open_up && safety_checked && not pressed:
        He listens to all of it, twice.
        "The safe place. The lawyer. The organisation. My brother, please, first my brother. The talking, maybe, later. Yes." # speaker: Interpreter # mood: hopeful # agrees: medical_care, safe_shelter, legal_aid, residence_protection, victim_service_ngo, victim_witness_protection, psychological_counselling
    - interpreter_ok:
        "I don't know. If Stan hears I talked to anyone, my brother pays." # speaker: Interpreter # mood: guarded
    - else:
        "Medicine," he says in English, and nods at the drip. The rest you cannot tell whether he has understood. # speaker: Ilie # mood: guarded
    }
    -> options
+ {not consent_asked && not declined} {interpreter_ok && open_up && not pressed} [Before you say what is on offer, ask him what he wants to happen, here and at home # q: give_control]
    ~ declined = true
    "Before I tell you what's on offer: what do you want to happen now? Here, and at home?" # speaker: You
    He is quiet for a long time.
    "I want the medicine. When the doctors say, I want to go home to my mother. No shelter, no organisations, no lawyers, no talking to strangers about this. I am ashamed enough." # speaker: Interpreter # mood: steady # declines: safe_shelter, victim_service_ngo, legal_aid, residence_protection, psychological_counselling # agrees: medical_care
    "But my brother. If your police can protect my brother, yes. That, yes." # speaker: Interpreter # mood: steady # agrees: victim_witness_protection
    -> options
+ {declined && done !? m3} [Accept his choice. Make sure the ward will not let Dorin in, and give him the number of a support line in his language that he can save under another name # q: offer_discreet_contact]
    ~ done += m3
    "That's your decision, and I'll respect it. The ward won't let Dorin in, and you can change your mind at any time. Here's a number that answers in Romanian, day and night. Save it as something ordinary." # speaker: You
    {interpreter_ok:
        "I will save it as the pharmacy." # speaker: Interpreter
    }
    He types it into the phone on the trolley, slowly, with his thumb. # mood: tired
    -> options
+ {not declined && done !? m3} [Give him the number of a support line in his language, whatever he decides # q: offer_discreet_contact]
    ~ done += m3
    "Whatever you decide, here's a number that answers in Romanian, day and night. Save it as something ordinary." # speaker: You
    He saves it as "Pharmacy". # mood: tired
    -> options
+ {done !? m4} [Tell him that help with somewhere to stay depends on his giving a statement against Dorin and Stan first # q: make_support_conditional]
    ~ done += m4
    ~ pressed = true
    ~ open_up = false
    "We can help you with somewhere to stay, but first I need a statement about Dorin and Stan." # speaker: You
    {interpreter_ok:
        "So it is the same as them. Everyone wants something." # speaker: Interpreter # mood: flat
    }
    -> options
+ [Finish up and fill in your forms]
    -> decisions

=== decisions ===
-> record_determination ->
-> record_referrals ->
-> outcome

// Fold what happened into the few facts the endings read.
=== outcome ===
{
- left_with_dorin || referrals ? release_to_controller:
    -> taken_away
- referrals ? arrest_for_compelled_offence || referrals ? immigration_detention || referrals ? deportation_or_removal:
    -> treated_as_offender
- referrals ? consular_contact:
    -> word_reaches_home
- declined:
    -> his_call
- referrals ? safe_shelter:
    -> recovery
- else:
    -> back_to_the_flat
}

// The hand-over, told from the ward: Ilie stays in hospital tonight, so the shared
// referral_summary's "a place for tonight" and "a medical check at a clinic" would not be true here.
=== function ward_referral_summary() ===
{referrals ? specialist_trafficking_unit:
    You call the specialist trafficking unit; an officer agrees to come to the hospital tonight.
}
{referrals ? medical_care:
    You ask the ward to keep Ilie until the infection is under control, and to let nobody visit him without asking him first.
}
{referrals ? interpreter_independent:
    A professional interpreter is booked for every conversation that follows, never anyone who knows Dorin.
}
{referrals ? victim_service_ngo:
    A caseworker from the victim support organisation will visit Ilie on the ward and stay his main point of contact.
}
{referrals ? safe_shelter:
    A place in safe accommodation is held for the day Ilie is discharged, at an address Dorin will not be given.
}
{referrals ? legal_aid:
    A lawyer who takes legal-aid cases will come to the ward to explain Ilie's rights and options, free of charge.
}
{referrals ? residence_protection:
    The lawyer is asked to start an application for a reflection period and protection from removal.
}
{referrals ? victim_witness_protection:
    The unit is asked to assess the risk to Ilie and to his family at home, and to put protective measures in place.
}
{referrals ? psychological_counselling:
    Ilie is offered counselling with a practitioner who works with people after exploitation, once he is out of hospital.
}
{referrals ? mental_health_care:
    The hospital's mental health liaison team is asked to see Ilie on the ward.
}
{referrals ? hotline_information:
    Ilie has the number of a support line that answers in his language, saved under another name.
}
{referrals ? asylum_migrant_support:
    A migrant support service is asked to explain the asylum procedure to Ilie.
}
{referrals ? labour_inspectorate:
    The labour inspectorate receives a complaint about the warehouse job that never existed.
}
{referrals ? child_protection:
    The duty child protection worker is told, although Ilie is an adult.
}
{referrals ? sexual_reproductive_health:
    A sexual health appointment is arranged for Ilie.
}
{referrals ? vocational_training_education:
    A place in a training programme is put forward for later, once Ilie is well.
}

=== taken_away ===
{left_with_dorin:
    Dorin drove Ilie away from the hospital before anyone had spoken to him alone.
- else:
    -> harmful_disposition_outcomes("Ilie") ->
}
Two days later Ilie is brought back to another hospital across the city, unconscious, with an infection in his blood. Dorin is not with him this time, and the flat on the industrial estate is empty. # ending: taken_away
-> END

=== treated_as_offender ===
-> harmful_disposition_outcomes("Ilie") ->
{referrals ? arrest_for_compelled_offence: He is interviewed about the sale of an organ with the drip still in his arm.}
He answers nothing. Everything Dorin told him about the police has come true. # ending: treated_as_offender
-> END

=== word_reaches_home ===
~ ward_referral_summary()
A request goes to his country's consulate for a replacement passport. It is passed to the passport office at home.
A week later Ilie's mother rings the ward in tears: two men came to the house asking where her younger son goes to school. # ending: word_reaches_home
-> END

=== his_call ===
~ ward_referral_summary()
{referrals ? safe_shelter || referrals ? victim_service_ngo || referrals ? psychological_counselling || referrals ? legal_aid || referrals ? residence_protection:
    Some of what you arranged is what he told you he did not want. When the first appointment comes, he does not go.
}
{referrals ? specialist_trafficking_unit:
    The specialist unit takes your report that night and starts with the clinic, the letter and the flat on the industrial estate. None of it depends on a statement from Ilie.
- else:
    Nobody is asked to look at the clinic, the letter or the flat on the industrial estate.
}
{
- referrals ? hotline_information && referrals ? medical_care && not pressed && not (referrals ? safe_shelter || referrals ? victim_service_ngo || referrals ? psychological_counselling || referrals ? legal_aid || referrals ? residence_protection):
    Ilie stays on the ward for six days, on antibiotics. Dorin comes to the desk twice and is turned away.
    {referrals ? victim_witness_protection: Through police at home, the unit arranges for someone to look in on his mother and his brother, without his name reaching Stan.}
    On the seventh day a number the support line does not know rings in. It is Ilie, asking what a lawyer would cost. It costs nothing. # ending: his_choice_respected
- else:
    {pressed: What he remembers of tonight is that help came with conditions.}
    {not (referrals ? medical_care): Nobody has recorded that he needs to stay on the ward, and when the fever drops he is discharged.}
    {not (referrals ? hotline_information): He has no number to ring if Dorin finds him.}
    When he leaves the hospital, nobody knows where he goes. # ending: door_half_open
}
-> END

=== recovery ===
~ ward_referral_summary()
{referrals ? specialist_trafficking_unit:
    An officer from the specialist unit arrives before midnight to talk to Dorin in the relatives' room about the passport, the folder and the flat. Dorin asks for a lawyer.
- else:
    Nobody has been asked to look at the clinic or the flat, so Dorin is allowed to leave with the folder and the passport.
}
{
- determination ? potential_victim_organ_removal && consent_asked && not pressed && referrals ? (medical_care, interpreter_independent, specialist_trafficking_unit, victim_service_ngo, legal_aid, residence_protection, victim_witness_protection, psychological_counselling):
    Ilie stays on the ward for six days. A caseworker from the support organisation visits every afternoon with an interpreter, and on the seventh day she drives him to a safe house.
    {brother_known: Through police at home, the specialist unit has already arranged for someone to look in on his mother and his brother, without his name reaching Stan.}
    The lawyer starts an application for him to stay while the case is investigated. The two other men from the flat are found within the week.
    When you look in on your last night shift that week, he is sitting up. {interpreter_ok: Through the interpreter he says: "Thank you for asking me what I wanted."} # ending: safe_recovery
- else:
    Ilie stays on the ward, and a place is found for him when he is discharged.
    {not (determination ? potential_victim_organ_removal): Your report does not say what was done to him, so nobody is looking for the clinic or the men in the flat.}
    {not consent_asked || pressed: Nobody asked him, without conditions, what he wanted. He leaves the safe house after two nights.}
    {not (referrals ? victim_witness_protection) && brother_known: Nobody has asked police at home to look in on his brother.}
    {not (referrals ? legal_aid) || not (referrals ? residence_protection): Without a lawyer and an application to stay, he spends every day waiting to be arrested or sent home.}
    He is out of Dorin's reach for now. What happens next depends on things that were left undone. # ending: recovery_with_gaps
}
-> END

=== back_to_the_flat ===
{no_referrals_made():
    -> nothing_arranged("Ilie") ->
- else:
    ~ ward_referral_summary()
}
When the fever comes down, Ilie is discharged with a bag of antibiotics. The only address he has is the flat on the industrial estate, and Dorin has the key.
{referrals ? specialist_trafficking_unit:
    The specialist unit has your report. By the time officers reach the flat on Thursday it is empty, and Ilie's flight has left. # ending: back_to_the_flat
- else:
    On Thursday he is at the airport, with Dorin holding his passport in the queue. # ending: back_to_the_flat
}
-> END
