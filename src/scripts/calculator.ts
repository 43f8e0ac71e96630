// The duty calculator on /tariffs/: the duty for a value, a product, a country of origin and a day,
// from the measures the form names. Without JavaScript the worked example stands alone.
import {
  dutyInCents,
  formatPercent,
  formatUsd,
  rateFor,
  type RateMeasure,
} from '../lib/tariffs.ts';

function enable(form: HTMLFormElement, measures: RateMeasure[]) {
  const dutyName = form.dataset.duty ?? 'duty';
  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const within = form.querySelector<HTMLLabelElement>('label.within')!;
  const output = form.querySelector('output')!;
  const update = () => {
    const value = field('value').value;
    // An empty field is no value, not a value of 0.
    const cents = value.trim() ? Math.round(Number(value) * 100) : NaN;
    const date = field('date') as HTMLInputElement;
    const query = {
      product: field('product').value,
      day: date.value,
      country: field('country').value || undefined,
    };
    // Asked only where a quota applied to the country's goods that day.
    within.hidden = rateFor(measures, query)?.measure.inQuotaRate === undefined;
    const found = rateFor(measures, {
      ...query,
      withinQuota: !within.hidden && (field('within') as HTMLInputElement).checked,
    });
    if (!Number.isFinite(cents) || cents < 0 || !date.value) {
      output.textContent = 'Enter a value of 0 or more and a day.';
    } else if (date.value > date.max) {
      output.textContent = `The rates here are as of ${form.dataset.asOf}; later ones are unknown.`;
    } else if (!found) {
      output.textContent = `No ${dutyName} applied on that day.`;
    } else if (found.rate === null) {
      output.textContent =
        `Under ${found.measure.instrument}: ${found.measure.terms ?? ''} The ` +
        `duty is not worked out here.`;
    } else {
      const duty = dutyInCents(cents, found.rate);
      // The origin after a comma, where a name needs no article ("the United Kingdom").
      const which = found.exception
        ? `the rate for the country of origin, ${query.country}`
        : 'the general rate';
      output.textContent =
        `${formatPercent(found.rate)} (${which}, under ` +
        `${found.measure.instrument}): a ${dutyName} of ${formatUsd(duty)}, before ` +
        `ordinary duties and fees.`;
    }
  };
  form.addEventListener('input', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.hidden = false;
  update();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.calculator')) {
  const source = form.dataset.measures;
  if (!source) continue;
  // Offline, or without its measures, the form stays hidden, and the worked example stands alone.
  void fetch(source)
    .then((response) => (response.ok ? (response.json() as Promise<RateMeasure[]>) : null))
    .catch(() => null)
    .then((measures) => measures && enable(form, measures));
}
