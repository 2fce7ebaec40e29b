// forms.ink: the two moments where the game opens a form and writes the trainee's answer back.
//
// HOW TO USE (from a scenario root file, after INCLUDE common/threshold.ink):
//     INCLUDE common/forms.ink
//     ...
//     -> record_determination ->
//     { determination ? potential_victim_sex: ... }
//     -> record_referrals ->
//     { referrals ? child_protection: ... }
//
// Each tunnel shows one neutral line tagged `decide`; the game pauses there, opens the form, writes
// the answer into the `determination` or `referrals` list (declared in threshold.ink) and then
// continues the story, so everything after the tunnel call may branch on the answer.
// The text is deliberately neutral: it must not hint at the right answer.
//
// For an adult, give the trainee a `seek_informed_consent` choice BEFORE `-> record_referrals ->`
// (the referral score checks that consent was sought before the form opened).
// Do not name knots or variables after determination or referral ids: Ink list items are global.

=== record_determination ===
You step aside for a moment and record your assessment of the situation. # decide: determination
->->

=== record_referrals ===
You open the referral form and record the services and actions you are arranging. # decide: referrals
->->
