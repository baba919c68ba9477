/**
 * Several steppers can be on one page (original beside mutant); the keyboard drives one of them: the
 * one clicked or focused last, else the first one shown.
 */
let order: symbol[] = [];
let chosen: symbol | undefined;

export function registerStepper(id: symbol): () => void {
  order.push(id);
  return () => {
    order = order.filter((other) => other !== id);
    if (chosen === id) chosen = undefined;
  };
}

export function activateStepper(id: symbol): void {
  chosen = id;
}

export function isActiveStepper(id: symbol): boolean {
  return (chosen ?? order[0]) === id;
}
