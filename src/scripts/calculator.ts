// The duty calculator on /tariffs/: works out the duty for a value, a product and a day
// from the measures the page carries. Without JavaScript the worked example stands alone.
import { dutyInCents, formatPercent, formatUsd, rateOn, type RateMeasure } from '../lib/tariffs.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form.calculator')) {
  const measures = JSON.parse(form.dataset.measures ?? '[]') as RateMeasure[];
  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const output = form.querySelector('output')!;
  const update = () => {
    const cents = Math.round(Number(field('value').value) * 100);
    const measure = rateOn(measures, field('product').value, field('date').value);
    if (!Number.isFinite(cents) || cents < 0 || !field('date').value) {
      output.textContent = 'Enter a value of 0 or more and a date.';
    } else if (!measure) {
      output.textContent = 'No additional duty applied on that day.';
    } else {
      const duty = dutyInCents(cents, measure.rate);
      output.textContent = `${formatPercent(measure.rate)} under ${measure.instrument}: a duty of ${formatUsd(duty)}, ${formatUsd(cents + duty)} in all.`;
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
