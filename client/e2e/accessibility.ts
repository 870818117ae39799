import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/**
 * Runs axe-core in the page (its source evaluated through the DevTools protocol, nothing downloaded)
 * and fails on any serious or critical violation, naming each rule and the elements it found. A script
 * tag would be inline script, which the dashboard's content security policy rightly refuses.
 */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  });
  const serious = (violations as AxeViolation[]).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (serious.length > 0) {
    const lines = serious.flatMap((violation) => [
      `${violation.impact}: ${violation.id} (${violation.help}) ${violation.helpUrl}`,
      ...violation.nodes.slice(0, 5).map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
    ]);
    throw new Error(`axe found ${serious.length} serious or critical violation(s) on ${where}:\n${lines.join('\n')}`);
  }
}
