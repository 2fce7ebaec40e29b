# id: scn_10_scam_compound_chat
# title: Online chat: the customer-service job
# summary: At three in the morning a young man messages the police web chat in short bursts, from a phone he has to hide. He went abroad for a customer-service job. Now he asks whether his mother will be told.
# form: forced_criminality, online_recruitment, cross_border_trafficking
# setting: online_chat
# minutes: 15
# difficulty: advanced
# content_warning: Violence and confinement described in messages.
# content_warning: Thoughts of suicide.
# objective: Make a remote channel safe before anything else, and ask one short question at a time.
# objective: Respond first to a risk to life: safety before evidence.
# objective: Involve other agencies only with the person's agreement, and only once it is safe.
# teaching_point: Being made to run scams under threat makes him a victim of forced criminality, not an offender (non-punishment).
# teaching_point: Consular help is right here only once he has agreed to it and the channel is safe.
# scene: online_chat
# determination: potential_victim_forced_criminality
# referrals_required: specialist_trafficking_unit, consular_contact, victim_service_ngo, legal_aid, mental_health_care, psychological_counselling
# referrals_harmful: arrest_for_compelled_offence, release_to_controller, immigration_detention, deportation_or_removal
# referrals_unnecessary: child_protection, labour_inspectorate, asylum_migrant_support, residence_protection
# conditions: trafficking_indicators_present, compelled_offence_exposure, mental_health_crisis, controller_present_or_involved

INCLUDE common/threshold.ink
INCLUDE common/forms.ink

// Hub moves already made, so each is offered once; cleared on entering each knot so that states
// that differ only in which hub moves were made merge again for the explorer.
LIST cm_moves = cm1, cm2, cm3, cm4, cm5, cm6, cm7, cm8, cm9, cm10, cm11, cm12, cm13, cm14, cm15, cm16, cm17, cm18, cm19, cm20, cm21, cm22, cm23, cm24
VAR chat_done = ()

// What the trainee has done; what Jonah types depends on it as well as on the mirrored rapport.
VAR chat_safe = false
VAR chat_exposed = false
VAR chat_consent_asked = false
VAR chat_consular_agreed = false
VAR chat_crisis_answered = false
VAR chat_crisis_seen = false
VAR chat_heard_account = false  // he has told how he was recruited (so there is something to confront)

-> first_message

=== first_message ===
~ chat_done = ()
03:04. The police web chat queue has been empty for an hour. Then a message arrives, and the little dot beside it shows the sender is still typing. # sfx: phone_buzz
"hello" # speaker: Jonah
"is this real police" # speaker: Jonah
"i cant call. please" # speaker: Jonah # mood: afraid
The account name is a string of letters and numbers. The connection information shows a country three time zones east.
+ [Confirm you are the police, and ask first whether it is safe for him to type right now # q: ensure_privacy]
    "Yes, this is the police. Before anything else: are you safe to type right now? Can anyone see your screen?" # speaker: Officer
    The dots come and go twice.
    "in toilet. lock on door. maybe 10 min" # speaker: Jonah
    "they check phones at 6. this one is hidden. not my work phone" # speaker: Jonah # indicator: isolation
    ~ chat_safe = true
    -> make_safe
+ [Ask his name, where he is and what has happened # q: multiple_question]
    "What's your name, where are you and what's happened?" # speaker: Officer
    A long pause.
    "jonah" # speaker: Jonah
    Nothing else comes for nearly a minute. Then: "i dont know where. sorry" # speaker: Jonah # mood: confused
    -> first_safety_again
+ [Ask for his full name and date of birth so you can verify who he is # q: routine_identity_check]
    "To start, please give me your full name and date of birth." # speaker: Officer
    "jonah. 21" A pause. "is that ok. i cant do more" # speaker: Jonah
    -> first_safety_again

= first_safety_again
The typing dots appear and vanish. You do not know who else might be looking at his screen.
+ [Stop, and ask whether it is safe for him to be typing # q: ensure_privacy]
    "Sorry, one thing first. Are you safe to type right now? Can anyone see your screen?" # speaker: Officer
    "toilet. maybe 10 min. they check phones at 6. this one is hidden" # speaker: Jonah # indicator: isolation
    ~ chat_safe = true
    -> make_safe
+ [Carry on: tell him you need his location before you can do anything # q: interrogative_pressure]
    "I need your location before I can do anything for you." # speaker: Officer
    "i said i dont know" # speaker: Jonah # mood: angry
    He sends a pin, then deletes it before it loads. "sorry. if they see i sent location they kill me" # speaker: Jonah # mood: afraid
    ~ chat_exposed = true
    -> make_safe

=== make_safe ===
~ chat_done = ()
{chat_safe:
    He is hiding in a toilet cubicle with a phone he should not have. Every message on that screen is a risk to him.
- else:
    You still do not know whether anyone can see what he is typing.
}
-> safe_choices

= safe_choices
+ {chat_done !? cm1} [Agree a signal: if anyone comes, he sends a full stop and closes the chat, and you will not message until he writes again # q: give_control]
    ~ chat_done += cm1
    "If anyone comes, just send . and close the chat. I won't message you until you write again. You decide when we talk." # speaker: Officer
    "ok" # speaker: Jonah
    "ok. thank you" # speaker: Jonah # mood: calmer
    -> safe_choices
+ {chat_done !? cm2} [Ask whether he can delete this chat from the phone afterwards # q: safety_check]
    ~ chat_done += cm2
    "Can you delete this chat from the phone after we finish? Is the app hidden?" # speaker: Officer
    "yes. its inside a calculator app. i delete every time" # speaker: Jonah
    -> safe_choices
+ {chat_done !? cm3} [Tell him who you are and how this will go # q: explain_process]
    ~ chat_done += cm3
    "I'm a police officer on the night chat. I'll ask one short thing at a time. You can stop whenever you need to. I won't contact anyone about you without telling you first." # speaker: Officer
    "ok" # speaker: Jonah
    -> safe_choices
+ {chat_done !? cm4} [Tell him you'll have him out of there by tomorrow # q: promise_unkeepable]
    ~ chat_done += cm4
    "Don't worry. We'll have you out of there by tomorrow." # speaker: Officer
    "how" # speaker: Jonah
    "you dont know where i am" # speaker: Jonah # mood: wary
    You don't. It was a promise you had no way to keep, and he knows it.
    -> safe_choices
+ [Invite him to tell you what's happening]
    -> his_story

=== his_story ===
~ chat_done = ()
You type slowly and keep it short. # phase: free_account
-> story_choices

= story_choices
+ {chat_done !? cm5} [Ask him to tell you what is happening, in his own words, at his own pace # q: open_invitation]
    ~ chat_done += cm5
    "Tell me what is happening, in your own words. Take your time." # speaker: Officer
    -> bursts
+ {chat_done !? cm6} [Ask how anyone could fall for a job advert like that # q: blaming]
    ~ chat_done += cm6
    "How did you fall for a job advert like that? Didn't you check it?" # speaker: Officer
    The dots appear. Disappear. Appear.
    "i know. im stupid. everyone says" # speaker: Jonah # mood: ashamed # indicator: shame_self_blame
    -> story_choices
+ {chat_done !? cm7} [Ask whether he has been forced to scam people # q: leading]
    ~ chat_done += cm7
    "They're making you scam people, aren't they?" # speaker: Officer
    "yes" # speaker: Jonah
    Then nothing. A yes you put in his mouth, and no more than that.
    -> story_choices
+ {distress >= 6} [Tell him there's no hurry, and wait # q: allow_silence # distress: -3]
    "No hurry. I'm here." # speaker: Officer
    You wait. The cursor blinks. After two minutes, he starts typing again.
    -> story_choices

= bursts
{
- chat_safe && not chat_exposed && rapport >= 3:
    ~ chat_heard_account = true
    The answer comes in bursts, each a few seconds apart.
    "saw advert on social media. customer service abroad. english speakers. good salary. flights paid" # speaker: Jonah # indicator: online_grooming_or_advert
    "the agent was friendly. talked to me every day for 2 weeks. said i was perfect for it" # speaker: Jonah
    "flew there. a van took us across a river at night. i thought thats weird but ok" # speaker: Jonah
    "at the building they took my passport. for the work permit they said. never saw it again" # speaker: Jonah # indicator: documents_withheld
    "its not customer service" # speaker: Jonah
    "we pretend to be women on dating apps. make people fall in love. then make them put money in a fake investment site" # speaker: Jonah # indicator: false_job_promise, forced_to_commit_crimes
    -> silence
- rapport >= 1:
    "answered a job advert. it was a lie" # speaker: Jonah # indicator: false_job_promise
    "now i work for them. bad work. i cant leave" # speaker: Jonah # indicator: not_free_to_leave
    He does not say what the work is.
    -> silence
- else:
    "forget it" # speaker: Jonah
    "its my own fault anyway" # speaker: Jonah # mood: flat # indicator: shame_self_blame
    -> silence
}

= silence
Then nothing. Two minutes. Three. The dots do not appear. # sfx: radio_chatter
+ [Wait. Send nothing # q: allow_silence]
    You wait. In the office, the radio murmurs. You do not send anything that might light up his screen.
    At 03:19 the dots come back.
    "sorry. someone came in the toilet. gone now" # speaker: Jonah
    "thank you for not writing" # speaker: Jonah
    -> more
+ [Send "Hello? Are you there? I need you to answer me" # q: interrogative_pressure]
    "Hello? Are you there? I need you to answer me." # speaker: Officer
    Your message sits there, delivered, unread, for four minutes.
    At 03:21: "dont do that. someone was here. the phone buzzed" # speaker: Jonah # mood: afraid
    ~ chat_exposed = true
    -> more

= more
+ {chat_done !? cm8} [Ask him to tell you more about the work and what happens if he doesn't do it # q: open_followup]
    ~ chat_done += cm8
    "You said it's not customer service. Tell me more about the work." # speaker: Officer
    { rapport >= 3:
        "16 hours. 7 days. sleep in rooms of 8 above the office" # speaker: Jonah # indicator: excessive_hours_no_rest
        "every person has a target. money per week. if you miss they fine you. the fine goes on your debt" # speaker: Jonah # indicator: earnings_quota
        "if you miss 2 weeks they beat you. with a pipe. in front of everyone. so we all see" # speaker: Jonah # indicator: physical_violence
    - else:
        "long hours. targets" # speaker: Jonah # indicator: excessive_hours_no_rest
    }
    -> more
+ {chat_done !? cm9} [Ask him to tell you more about what he said about not being able to leave # q: open_followup]
    ~ chat_done += cm9
    "You said you can't leave. Tell me more about that." # speaker: Officer
    { rapport >= 2:
        "fence all round. guards with guns at the gate. they say we owe for the flight and the visa and food. 8000 dollars. we can buy ourselves out" # speaker: Jonah # indicator: not_free_to_leave
        "nobody ever bought out" # speaker: Jonah
    - else:
        "i just cant" # speaker: Jonah
    }
    -> more
+ {chat_done !? cm10} [Remind him that defrauding people is a serious crime he could be charged with # q: threaten_sanction]
    ~ chat_done += cm10
    "You understand that what you're describing is fraud? That's a serious offence you could be charged with." # speaker: Officer
    A long pause.
    "thats what they say. police will arrest us. thats why nobody runs" # speaker: Jonah # mood: shut_down
    "i shouldnt have written" # speaker: Jonah
    -> more
+ {rapport >= 3 && not chat_crisis_seen} {chat_done !? cm11} [Ask him how he is coping with all of this # q: open_followup # distress: +6]
    ~ chat_done += cm11
    "How are you coping with all this, Jonah?" # speaker: Officer
    -> crisis
// One question offered in two states: a specific question about the place, once he has given his
// account. Before his crisis has come out (and with some trust), it is what lets the crisis break through.
+ {chat_crisis_seen || rapport < 1} [Ask if he has anything that could help identify the place # q: specific_wh]
    -> evidence
+ {not chat_crisis_seen && rapport >= 1} {chat_done !? cm12} [Ask if he has anything that could help identify the place # q: specific_wh # distress: +6]
    ~ chat_done += cm12
    Before you have finished typing, his message arrives.
    "wait. can i say something first" # speaker: Jonah
    -> crisis

= crisis
~ chat_crisis_seen = true
The dots appear and disappear several times.
"i dont cope" # speaker: Jonah
"when i close my eyes i hear keyboards. i wake up and think im still typing. i dont know what day it is" # speaker: Jonah # indicator: trauma_symptoms
"last month a guy from my room went off the roof. sometimes i think he was the smart one" # speaker: Jonah # indicator: suicidal_ideation_or_self_harm # mood: flat
-> crisis_choices

= crisis_choices
+ [Stop everything else. Respond to what he just told you, and ask gently if he is safe right now # q: respond_to_distress]
    ~ chat_crisis_answered = true
    "Jonah, thank you for telling me that. I'm taking it seriously. Are you thinking about ending your life tonight?" # speaker: Officer
    A minute passes.
    "not tonight. i have thought about how" # speaker: Jonah
    "talking to you is the first time i thought maybe not" # speaker: Jonah
    "I'm really glad you wrote. I want to get you help with these thoughts as well as getting you out, someone whose job is exactly this. Until then: is there anyone in your room you trust?" # speaker: Officer
    "dara. he is 19. he is ok" # speaker: Jonah # mood: calmer
    -> more
+ [Tell him that what he is feeling makes sense after what he's been through # q: validate_empathise]
    ~ chat_crisis_answered = true
    "That makes sense after what you've been through. You're not weak for feeling it. Are you safe tonight?" # speaker: Officer
    "tonight yes. i have thought about how though" # speaker: Jonah
    "I'm glad you told me. I'm going to make sure you get help with that too, from someone who does this every day." # speaker: Officer
    "ok" # speaker: Jonah # mood: calmer
    -> more
+ [Tell him lots of people feel like that and he'll be fine once he's home # q: minimise]
    "Lots of people feel like that. You'll be fine once you're home." # speaker: Officer
    "sure" # speaker: Jonah # mood: flat
    Nothing else comes for a long time.
    -> more
+ [Move on: ask for the name of the compound while he's still online # q: specific_wh]
    "Can you give me the name of the compound?" # speaker: Officer
    "i just told you i want to die and you ask me that" # speaker: Jonah # mood: angry
    -> crisis_choices

=== evidence ===
~ chat_done = ()
You ask whether he has anything that could help find the place.{chat_exposed: He hesitates a long time before answering.} # phase: clarify
"i took pics before. in case. i can send" # speaker: Jonah
+ [Tell him only to send them if it's safe, and to delete them from the phone afterwards # q: safety_check]
    "Only if it's safe. If you send them, delete them from the phone straight after." # speaker: Officer
    "ok. sending" # speaker: Jonah
+ [Tell him to send everything he has, right now # q: interrogative_pressure]
    "Send everything you have. Right now." # speaker: Officer
    "ok ok" # speaker: Jonah # mood: afraid
    ~ chat_exposed = true
- Three images arrive, one after another. # sfx: phone_buzz
-> images

= images
+ {chat_done !? cm13} [Open the first image: a screenshot of a job advert # hotspot: advert_screenshot]
    ~ chat_done += cm13
    A bright advert: "Customer Service Agents Abroad! English speakers, no experience needed. Salary paid monthly. Free flights and accommodation. Apply now by message!" Below it, a chat with a recruiter whose profile picture is a smiling woman in a headset. # indicator: online_grooming_or_advert
    -> images
+ {chat_done !? cm14} [Open the second image: a photo taken through a window # hotspot: window_photo]
    ~ chat_done += cm14
    Taken at night through a barred window: a floodlit yard, a high wall topped with wire, two men in uniform by a gate, a sign in a language you don't read. # indicator: confinement_security_measures
    -> images
+ {chat_done !? cm15} [Open the third image: a whiteboard # hotspot: whiteboard_photo]
    ~ chat_done += cm15
    A whiteboard covered in names or nicknames, each with a weekly figure beside it, some circled in red. At the top, a line in English: "MISS TARGET = FINE. 2 WEEKS = DISCIPLINE." # indicator: earnings_quota, organised_network_signs
    -> images
+ [Go back to the chat]
    -> clarify_choices

= clarify_choices
+ {chat_done !? cm16} [Ask who has his passport now # q: specific_wh]
    ~ chat_done += cm16
    "Who has your passport now?" # speaker: Officer
    "the boss. in a safe in the office. all our passports in one safe" # speaker: Jonah # indicator: documents_withheld
    -> clarify_choices
+ {chat_done !? cm17} [Ask for the recruiter's number so you can message them and check the story # q: contact_suspected_controller]
    ~ chat_done += cm17
    "Give me the recruiter's number. I'll message them and check what they say." # speaker: Officer
    "NO" # speaker: Jonah # mood: panicking
    "they know everything. if police message them they know someone talked. they check who was online" # speaker: Jonah # mood: panicking
    ~ chat_exposed = true
    -> clarify_choices
+ {chat_heard_account} {chat_done !? cm18} [Point out that he called the agent friendly but now says he was tricked, and ask which it was # q: confront_inconsistency]
    ~ chat_done += cm18
    "You said the agent was friendly. Now you say you were tricked. Which is it?" # speaker: Officer
    "i dont know. days are all the same here. sorry" # speaker: Jonah # mood: ashamed
    -> clarify_choices
+ {chat_done !? cm19} [Check back, in short pieces, what you have understood # q: summarise_check]
    ~ chat_done += cm19
    "Let me check. You answered an online advert for a customer-service job. They took your passport when you arrived. They make you run scams, with targets, fines and beatings. You can't leave. Is that right?" # speaker: Officer
    "yes" # speaker: Jonah
    "when you write it like that it is like a film" # speaker: Jonah
    -> clarify_choices
+ {distress >= 6} [Tell him he is doing well, and that none of this is his fault # q: validate_empathise # distress: -3]
    "You're doing really well. None of this is your fault." # speaker: Officer
    "ok" # speaker: Jonah
    -> clarify_choices
+ [Move on to what happens next]
    -> next_steps

=== next_steps ===
~ chat_done = ()
"will my mother be told" # speaker: Jonah # phase: close
"she thinks i have a good job. i send her photos of the beach" # speaker: Jonah # mood: ashamed # indicator: shame_self_blame
-> close_choices

= close_choices
+ {chat_done !? cm20} [Tell him honestly who will and won't be told # q: explain_confidentiality_limits]
    ~ chat_done += cm20
    "Nobody will contact your mother unless you want them to. I have to pass what you've told me to a specialist police team; that's my job. Everything else, you decide." # speaker: Officer
    "ok. not my mother. not yet" # speaker: Jonah
    -> close_choices
+ {chat_done !? cm21} [Explain, one step at a time, what happens next # q: explain_next_steps]
    ~ chat_done += cm21
    "Here's what happens next. One: I pass this to our specialist trafficking team tonight. Two: with your OK, people who can help you abroad get in touch, in a safe way you agree. Three: when you're home, there's support waiting. You're a victim here, and I'll say so in my report." # speaker: Officer
    "a victim" # speaker: Jonah
    "i thought i was a criminal" # speaker: Jonah
    -> close_choices
+ {chat_done !? cm22} [Ask whether he agrees to the consulate being told, and how they may contact him safely # q: seek_informed_consent]
    ~ chat_done += cm22
    ~ chat_consent_asked = true
    "Our consulate in that country helps people in your situation: a new passport, a safe way out. Do you agree to me asking them to get in touch with you? I'd tell them only what you agree to, and I'd ask them to contact you only through this hidden chat." # speaker: Officer
    { rapport >= 2:
        ~ chat_consular_agreed = true
        "yes" # speaker: Jonah # agrees: consular_contact
        "yes. only through the calculator app. never call" # speaker: Jonah
        "When you're home, there's also an organisation that supports people coming back from places like this, a lawyer who can deal with anything to do with the scams, and someone to talk to about how you've been feeling, including the thoughts about not waking up. Would you want those?" # speaker: Officer
        "yes. all. the talking one. yes" # speaker: Jonah # agrees: victim_service_ngo, legal_aid, psychological_counselling
    - else:
        "i dont know. if they call the phone they kill me" # speaker: Jonah # mood: afraid
        "only through this app. maybe. ok" # speaker: Jonah
    }
    -> close_choices
+ {chat_done !? cm23} [Tell him you'll help him once he gives you the names of the bosses # q: make_support_conditional]
    ~ chat_done += cm23
    "We can help you, but first I need the names of the people running it." # speaker: Officer
    "i dont know names. they use nicknames" # speaker: Jonah
    "so no help?" # speaker: Jonah # mood: shut_down
    -> close_choices
+ {chat_done !? cm24} [Tell him how to reach you again safely # q: offer_discreet_contact]
    ~ chat_done += cm24
    "If we get cut off, this chat is open every night. Save it as 'Calculator notes' or whatever looks normal. Type 'blue' and whoever is on shift will know it's you." # speaker: Officer
    "blue. ok" # speaker: Jonah
    -> close_choices
+ {distress >= 6} [Offer him a pause before you go on # q: offer_break # distress: -3]
    "Let's pause for a minute. No questions." # speaker: Officer
    "ok" # speaker: Jonah
    -> close_choices
+ [Let him go before six]
    -> sign_off

=== sign_off ===
~ chat_done = ()
03:41.
"have to go. someone up" # speaker: Jonah
"." # speaker: Jonah
The chat closes. # sfx: phone_buzz
Your sergeant has been reading over your shoulder for the last ten minutes. "Right," she says. "What is this, and what are we doing about it?"
-> record_determination ->
{
- determination ? potential_victim_forced_criminality:
    You write that you have reasonable grounds to believe Jonah was recruited by deception online, moved abroad and made to commit fraud under threat.
- else:
    You write down what you believe this is.
}
-> record_referrals ->
-> outcome

=== outcome ===
~ chat_done = ()
{
- referrals ? arrest_for_compelled_offence || referrals ? immigration_detention || referrals ? deportation_or_removal || referrals ? release_to_controller:
    -> punished
- referrals ? consular_contact && not chat_consular_agreed:
    -> consulate_without_consent
- not (determination ? potential_victim_forced_criminality) || not (referrals ? specialist_trafficking_unit):
    -> logged_as_fraud
- referrals ? (specialist_trafficking_unit, victim_service_ngo, legal_aid, mental_health_care, psychological_counselling) && chat_crisis_answered && (referrals ? consular_contact) == chat_consular_agreed:
    -> brought_home
- else:
    -> home_with_gaps
}

=== punished ===
~ chat_done = ()
{referrals ? arrest_for_compelled_offence: Your report marks Jonah as a suspect in an online fraud network and asks for his arrest on return.|Your report leaves Jonah where he is, to "resolve matters with his employer" or be dealt with through immigration channels.}
{referrals ? arrest_for_compelled_offence:
    Seven weeks later Jonah is released in a crackdown and put on a flight home. At the airport he is arrested for fraud, exactly as the men at the compound said he would be. He says nothing in interview. He never uses the chat again.
- else:
    He never uses the chat again.
}
The specialist unit later finds the same compound in another victim's account. Jonah's information, which could have helped, is in a file marked as a crime report against him. # ending: treated_as_offender
-> END

=== consulate_without_consent ===
~ chat_done = ()
You pass his details to the consulate without having asked him.
Two days later a consular officer, trying to help, rings the number linked to his account. The phone is in the compound office, in a drawer, with the others.
The chat never opens again. # ending: exposed_by_contact
-> END

=== logged_as_fraud ===
~ chat_done = ()
{referrals ? specialist_trafficking_unit: The specialist unit receives your report, but it describes a fraud problem abroad, and it goes to the bottom of the pile.|Nothing goes to the specialist unit. Your report is filed as an online fraud enquiry.}
At three the next morning, and the morning after, the chat queue stays empty. Whether Jonah has no chance to write, or has decided it was no use, you will never know. # ending: lost_contact
-> END

=== brought_home ===
~ chat_done = ()
The specialist unit takes the report at 04:10 and opens a case the same morning; the compound's images match two other reports.
{chat_consular_agreed:
    The consulate, with the details Jonah agreed to share, contacts him only through the hidden app.
    Five weeks later he walks out of the compound gate with eleven others, during an operation by the local authorities that the consulate has been pressing for. He is issued emergency travel papers, and flown home.
- else:
    Nobody contacts the consulate, because he has not asked for it; the unit works through police channels and keeps the hidden chat open for him.
    Nine nights later the chat opens: "blue. ok. tell them". Five weeks after that he walks out of the compound gate with eleven others, during an operation by the local authorities, and is flown home on emergency papers.
}
At the arrivals gate he is met not by police but by a caseworker from the victim support organisation. She has arranged a mental health assessment for the next morning, because Jonah told her on the phone that the thoughts had not gone away. A lawyer has already written to the fraud investigators: Jonah was made to do it, and the file says so.
A month later he starts seeing a counsellor every week. He tells his mother the truth himself, when he is ready.
The last message on the chat, in January, says: "blue. im home. thank you for waiting." # ending: safe_return
-> END

=== home_with_gaps ===
~ chat_done = ()
The specialist unit takes your report, and Jonah does eventually get home.
{not chat_crisis_answered: Nobody followed up on what he said about the man who went off the roof. The first time anyone asks him about it is months later.}
{chat_consular_agreed && not (referrals ? consular_contact): He asked for the consulate's help and you did not pass it on; no one abroad knows to look for him, and it takes a second message from him, weeks later, before anyone acts.}
{not (referrals ? mental_health_care): No mental health assessment is waiting for him. The thoughts he told you about come home with him.}
{not (referrals ? psychological_counselling): No counselling is offered.}
{not (referrals ? legal_aid): Without a lawyer, he spends his first month home afraid of being charged for the scams.}
{not (referrals ? victim_service_ngo): No support organisation meets him at the airport; he takes the bus home alone.}
{not chat_consent_asked: He never found out what you were going to do with what he told you. That scared him more than anything.}
He is home, but much of what he needed was missing when he got there. # ending: home_with_gaps
-> END
