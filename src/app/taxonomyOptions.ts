// What the notebook and the forms offer, straight from the taxonomy: every indicator, every
// determination, every referral, in the taxonomy's order, so no scenario can hint at its answer.
import { taxonomy } from '../content/taxonomy';
import type { FormOption } from '../ui/decisionForms';
import type { IndicatorOption } from '../ui/notebook';

export const indicatorOptions: readonly IndicatorOption[] = taxonomy.indicators.map(({ id, label, definition }) => ({ id, label, definition }));
export const determinationOptions: readonly FormOption[] = taxonomy.determinations.map(({ id, label, definition }) => ({ id, label, definition }));
export const referralOptions: readonly FormOption[] = taxonomy.referrals.map(({ id, label, definition }) => ({ id, label, definition }));
