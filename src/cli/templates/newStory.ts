// The scenario `npm run stories -- new <id>` writes: short, but it has every part a trainer's
// scenario needs (header, a scene with two hotspots, an interview with good and harmful questions,
// the determination and the referral hand-off, three endings) and it compiles, plays and passes the
// explorer as it is (test/unit/cli/newStory.test.ts), so a trainer edits a working story rather
// than starting from a blank file. Plain Ink: it opens in Inky.

/** The story text for a new scenario; `id` is already validated (snake_case). */
export function newStoryText(id: string): string {
  return `# id: ${id}
# title: ${titleOf(id)}
# summary: Replace this with one or two sentences for the menu and the briefing.
# form: forced_labour
# setting: farm
# minutes: 5
# difficulty: introductory
# content_warning: Replace with what a trainee should know before playing, e.g. mentions of debt and threats.
# objective: Replace with what the trainee should learn, e.g. speak with the worker away from the person in charge.
# objective: Add one objective tag per learning objective.
# determination: potential_victim_labour
# referrals_required: victim_service_ngo, specialist_trafficking_unit
# referrals_harmful: immigration_detention, release_to_controller
# referrals_unnecessary: consular_contact
# conditions: trafficking_indicators_present

// ${id}: made by \`npm run stories -- new ${id}\`. Replace the text and keep the shape; the tags are
// explained in docs/authoring.md. Check it with: npm run stories -- check stories/${id}.ink

INCLUDE common/threshold.ink
INCLUDE common/forms.ink
INCLUDE common/closing.ink

-> yard

// The scene: two hotspots to inspect, then the choice that starts the interview.
=== yard ===
You arrive at the farm at dusk. A young man is stacking crates beside a shed while a supervisor watches from a van. # phase: engage_explain
- (look)
* [Look inside the shed # hotspot: shed]
    Six mattresses on the floor, work boots by each one, a camping stove. # indicator: living_at_workplace
    -> look
* [Read the board by the shed door # hotspot: notice_board]
    A handwritten list of first names, each with a sum beside it that only ever goes up. # indicator: debt_bondage
    -> look
* [Ask the young man, away from the van, whether he will talk with you for a few minutes, and explain who you are # q: explain_process]
    "I'm a police officer. You're not in any trouble. I'd like to check that you're all right." # speaker: You
    "Okay. Not long, they count the crates." # speaker: Andrei # mood: wary
    -> account
* [Call the supervisor over and question them both together # q: question_in_presence_of_controller]
    The supervisor answers every question before Andrei can. # speaker: Supervisor # mood: calm
    -> account

// The interview: a good question and a harmful one in each phase.
=== account ===
Andrei sits on an upturned crate. # phase: free_account
* [Ask him to tell you about his work here, in his own words # q: open_invitation]
    "Tell me about your work here, from the start." # speaker: You
    "They brought us from the city. They keep our passports for the rent." # speaker: Andrei # mood: tired # indicator: documents_withheld
    -> clarify
* [Ask him why he does not just leave # q: why_didnt_you_leave]
    "Why don't you just leave?" # speaker: You
    He looks at the van and does not answer. # indicator: fearful_demeanour
    -> clarify

=== clarify ===
You check one thing he mentioned. # phase: clarify
* [Ask what happens to his wages # q: specific_wh]
    "What happens to your pay?" # speaker: You
    "The boss keeps it for the debt. The debt is for the bus and the bed." # speaker: Andrei # mood: flat # indicator: wages_withheld_or_confiscated
    -> close
* [Tell him that working without papers is a crime # q: threaten_sanction]
    "You know working like this is illegal?" # speaker: You
    He stops talking.
    -> close

=== close ===
You put your notebook away. # phase: close
* [Explain what happens next: you will make two calls and tell him each step before it happens # q: explain_next_steps]
    "I'm going to make two calls now. I'll tell you each step before it happens." # speaker: You
- (consent)
* [Ask whether he agrees to you calling a support service and the specialist unit # q: seek_informed_consent]
    "I'd like to call people who help workers in your situation, and a specialist police team. Is that all right?" # speaker: You
    "Yes. If they can help." # speaker: Andrei # mood: tired # agrees: victim_service_ngo
    -> decide
* [Tell him to go back to work and that you will be in touch # critical: release_to_controller]
    He walks back to the crates. The supervisor waves from the van.
    -> decide

// The determination and the referral hand-off, then three endings.
=== decide ===
-> record_determination ->
-> record_referrals ->
~ referral_summary("Andrei")
{
- chose_harmful_disposition():
    -> harmed
- (determination ? potential_victim_labour) && (referrals ? victim_service_ngo) && (referrals ? specialist_trafficking_unit):
    -> safe
- else:
    -> gaps
}

=== harmed ===
-> harmful_disposition_outcomes("Andrei") ->
The van leaves with Andrei in it. # ending: returned_to_harm
-> END

=== safe ===
A support worker arrives within the hour, and the specialist unit opens a case about the farm. # ending: safe_referral
-> END

=== gaps ===
Andrei is safe tonight, but nobody follows up on the farm or the debt. # ending: handover_with_gaps
-> END
`;
}

/** `car_wash_check` -> `Car wash check`: a readable placeholder title the trainer will replace. */
function titleOf(id: string): string {
  const words = id.replace(/^scn_\d+_/, '').split('_').filter((word) => word !== '');
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
