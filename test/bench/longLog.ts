// A long decision log for the verify benchmark: a headless play of a real story with `pairs` extra
// flag/unflag pairs inserted before its first choice (a notebook-heavy trainee). Replaying it must
// cost in proportion to its length.
import type { Scenario } from '../../src/content/types';
import { steppingClock } from '../../src/engine/clock';
import { playHeadless } from '../../src/engine/headlessPlayer';
import type { DecisionEvent } from '../../src/engine/log';
import { Playthrough } from '../../src/engine/playthrough';

export function longLog(scenario: Scenario, pairs: number): DecisionEvent[] {
  const played = playHeadless(scenario, 1);
  const playthrough = Playthrough.start(scenario, steppingClock(10));
  const indicator = 'fearful_demeanour';
  for (let i = 0; i < pairs; i++) {
    playthrough.flag(indicator);
    playthrough.unflag(indicator);
  }
  // Re-apply the played inputs after the notebook noise: replay rebuilds the observations.
  const inputs = played.log.filter((event) => !event.type.startsWith('story.') || event.type === 'story.choice');
  for (const event of inputs) {
    switch (event.type) {
      case 'story.choice': playthrough.choose(event.index); break;
      case 'notebook.flagged': playthrough.flag(event.indicator); break;
      case 'notebook.unflagged': playthrough.unflag(event.indicator); break;
      case 'form.determination': playthrough.submitDetermination(event.determination); break;
      case 'form.referrals': playthrough.submitReferrals(event.referrals); break;
      case 'session.paused': playthrough.pause(); break;
      case 'session.resumed': playthrough.resume(); break;
      default: break;
    }
  }
  return JSON.parse(JSON.stringify(playthrough.log)) as DecisionEvent[];
}
