// Test helper: a small scored story (a door, then a hallway) whose parts a test can edit, the way
// author mode's tests edit a story between saves.
export interface DoorStoryParts {
  /** The hallway's lines (what an edit of the text changes). */
  hallway: string;
  /** The first choice at the door, with no tags (its `q` is explain_role). */
  firstChoice?: string;
  /** The hallway's first choice, tags included. */
  hallwayChoice?: string;
}

export function doorStory({ hallway, firstChoice = 'Introduce yourself', hallwayChoice = 'Ask about the passport # q: open_followup' }: DoorStoryParts): string {
  return `INCLUDE common/threshold.ink
INCLUDE common/forms.ink
-> door
=== door
A man opens the door. # phase: engage_explain
* [${firstChoice} # q: explain_role]
  -> hallway
* [Push past him # q: threaten_sanction]
  -> hallway
=== hallway
${hallway}
* [${hallwayChoice}]
  He shrugs.
* [Leave]
  Nobody follows you.
- -> END
`;
}
