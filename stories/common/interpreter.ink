// interpreter.ink: shared text for bringing in an independent telephone or video interpreter.
//
// HOW TO USE (from a scenario root file):
//     INCLUDE common/interpreter.ink
//     * [Call the telephone interpreting service # q: use_independent_interpreter]
//         -> brief_telephone_interpreter("Romanian") ->
//         ... the interview continues through the interpreter ...
//
// The CHOICE that calls the interpreter belongs in the scenario, carrying the `q` tag
// (use_independent_interpreter is good; use_informal_interpreter and use_controller_as_interpreter
// are harmful). These tunnels only narrate what a good briefing sounds like, so every scenario
// teaches the same practice: confirm the language with the person, check the interpreter has no
// link to anyone involved, interpret everything in the first person, no side conversations,
// no advice.
//
// `language` is plain text, e.g. "Romanian" or "Tigrinya".

=== brief_telephone_interpreter(language) ===
You call the telephone interpreting service on speaker and ask for a {language} interpreter. # sfx: phone_buzz
A calm voice answers within a minute. # speaker: Interpreter
You tell the interpreter who you are and that this is a welfare conversation, and ask whether they know anyone involved or anyone connected to this place. They say they do not.
You ask them to interpret everything that is said, word for word and in the first person, to add nothing of their own, and to keep no side conversations with anyone in the room.
Through the interpreter, you ask which language the person is most comfortable in, so the choice is theirs and not yours.
->->

// A short reminder for later in the same interview, e.g. after a break.
=== interpreter_still_on_line ===
The interpreter is still on the line, waiting quietly until you speak again. # speaker: Interpreter
->->

// Use after a scenario lets someone connected to the situation "help out" with language, to show
// the trainee what was lost. Describes, does not lecture.
=== informal_interpreter_doubts(helper) ===
{helper} translates quickly. The answers that come back are short and tidy, shorter than what was said.
You cannot tell what was asked, what was answered, or what was left out.
->->
