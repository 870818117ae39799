import { run as runAxe } from 'axe-core';

/**
 * Fails with the rule and the elements when axe-core finds a serious or critical violation in the
 * rendered document, as the browser journeys do. jsdom lays nothing out, so colour contrast is left
 * to the journeys.
 */
export async function expectNoSeriousAxeViolations(root: Element = document.body): Promise<void> {
  const result = await runAxe(root, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: false } } });
  const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length > 0) {
    const lines = serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    throw new Error(`axe found ${serious.length} serious or critical violation(s):\n${lines.join('\n')}`);
  }
}
