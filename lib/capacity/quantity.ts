/**
 * Kubernetes resource quantities (`100m`, `0.5`, `128Mi`, `1G`, `1e3`) as the capacity model
 * counts them: CPU in millicores, memory in MiB. The suffixes are those of the Kubernetes
 * quantity format (k8s.io/apimachinery `resource.Quantity`): binary Ki Mi Gi Ti Pi Ei, decimal
 * n u m k M G T P E, and exponents.
 */

const BINARY: Readonly<Record<string, number>> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Readonly<Record<string, number>> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E))?$/;

/**
 * The quantity's value in base units (cores, bytes).
 * @throws Error naming the text when it is not a Kubernetes quantity
 */
function quantityValue(text: string | number): number {
  if (typeof text === 'number') return text;
  const match = QUANTITY.exec(text.trim());
  if (!match) throw new Error(`'${text}' is not a Kubernetes quantity (e.g. 100m, 0.5, 128Mi, 1Gi)`);
  const [, number, exponent, suffix = ''] = match;
  const base = Number(number);
  if (exponent) return base * 10 ** Number(exponent.slice(1));
  return base * (BINARY[suffix] ?? DECIMAL[suffix]);
}

/** CPU in millicores (a missing request is 0). */
export function millicores(text: string | number | undefined): number {
  return text === undefined ? 0 : Math.round(quantityValue(text) * 1000);
}

/** Memory in MiB (a missing request is 0), rounded up. */
export function mebibytes(text: string | number | undefined): number {
  return text === undefined ? 0 : Math.ceil(quantityValue(text) / 2 ** 20);
}
