// What the notebook and the forms offer, straight from the taxonomy: every indicator, every
// determination, every referral, in the taxonomy's order, so no scenario can hint at its answer.
import { taxonomy } from '../content/taxonomy';
import type { FormOption } from '../ui/decisionForms';
import type { IndicatorOption } from '../ui/notebook';
import { readableId } from '../util/words';

const iloLabels = new Map(taxonomy.ilo_forced_labour_indicators.map((ilo) => [ilo.id, ilo.label]));

/** Each indicator with the taxonomy's related words (its category and ILO indicators) for the notebook's search. */
export const indicatorOptions: readonly IndicatorOption[] = taxonomy.indicators.map(({ id, label, definition, category, ilo }) => ({
  id,
  label,
  definition,
  related: [readableId(category), ...(ilo ?? []).map((iloId) => iloLabels.get(iloId) ?? '')].join(' '),
}));
export const determinationOptions: readonly FormOption[] = taxonomy.determinations.map(({ id, label, definition }) => ({ id, label, definition }));
export const referralOptions: readonly FormOption[] = taxonomy.referrals.map(({ id, label, definition }) => ({ id, label, definition }));
