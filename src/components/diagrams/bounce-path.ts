// Turns a server-rendered "path of a bounce" (BouncePath.astro) into a stepper. Everything it
// shows is already in the page: the steps are read from the lists, the drawing from the SVG.
import { moveForKey, stepAfter, stepLabel, type Move } from '../../lib/diagrams/stepper/index.ts';

interface Step {
  title: string;
  text: string;
  node: string;
  edge: string;
}

function stepsOf(section: HTMLElement): Step[] {
  return [...section.querySelectorAll<HTMLLIElement>('.bounce-path__steps > li')].map((li) => ({
    title: (li.querySelector('.bounce-path__step-title')?.textContent ?? '').replace(/\.$/, ''),
    text: li.querySelector('.bounce-path__step-text')?.textContent ?? '',
    node: li.dataset.node ?? '',
    edge: li.dataset.edge ?? '',
  }));
}

function setText(el: Element | null, text: string) {
  // Rewriting identical text would still be a change a screen reader may announce.
  if (el && el.textContent !== text) el.textContent = text;
}

function enhance(root: HTMLElement) {
  const sections = [...root.querySelectorAll<HTMLElement>('.bounce-path__variant')];
  const radios = [...root.querySelectorAll<HTMLInputElement>('.bounce-path__switch input')];
  const switcher = root.querySelector<HTMLElement>('.bounce-path__switch');
  const stepper = root.querySelector<HTMLElement>('.bounce-path__stepper');
  const previous = root.querySelector<HTMLButtonElement>('[data-move="previous"]');
  const next = root.querySelector<HTMLButtonElement>('[data-move="next"]');
  if (sections.length === 0 || !switcher || !stepper || !previous || !next) return;

  const steps = new Map(sections.map((s) => [s.dataset.variant ?? '', stepsOf(s)]));
  let variant = radios.find((r) => r.checked)?.value ?? sections[0]?.dataset.variant ?? '';
  let index = 0;

  function render() {
    const list = steps.get(variant) ?? [];
    const step = list[index];
    if (!step) return;
    for (const section of sections) {
      const current = section.dataset.variant === variant;
      section.toggleAttribute('data-current', current);
      if (!current) continue;
      const seen = list.slice(0, index + 1);
      for (const g of section.querySelectorAll<SVGGElement>('[data-node]')) {
        const id = g.dataset.node;
        g.dataset.state =
          id === step.node ? 'active' : seen.some((s) => s.node === id) ? 'done' : 'todo';
      }
      for (const g of section.querySelectorAll<SVGGElement>('[data-edge]')) {
        const id = g.dataset.edge;
        g.dataset.state =
          id === step.edge ? 'active' : seen.some((s) => s.edge === id) ? 'done' : 'todo';
      }
    }
    setText(root.querySelector('.bounce-path__count'), `${stepLabel(index, list.length)}:`);
    setText(root.querySelector('.bounce-path__now-title'), `${step.title}.`);
    setText(root.querySelector('.bounce-path__now-text'), step.text);
    previous?.setAttribute('aria-disabled', String(index === 0));
    next?.setAttribute('aria-disabled', String(index === list.length - 1));
  }

  function go(move: Move) {
    const count = steps.get(variant)?.length ?? 0;
    const to = stepAfter(index, count, move);
    if (to === index) return;
    index = to;
    render();
  }

  previous.addEventListener('click', () => go('previous'));
  next.addEventListener('click', () => go('next'));
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      variant = radio.value;
      index = 0;
      render();
    });
  }
  root.addEventListener('keydown', (event) => {
    // Arrow keys on the radio buttons switch the variant, as they do everywhere.
    if (event.target instanceof HTMLInputElement) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const move = moveForKey(event.key);
    if (!move) return;
    event.preventDefault();
    go(move);
  });

  switcher.hidden = false;
  stepper.hidden = false;
  root.dataset.enhanced = 'true';
  render();
}

for (const root of document.querySelectorAll<HTMLElement>('[data-bounce-path]')) enhance(root);
