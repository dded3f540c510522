/// <reference lib="dom" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

/*
 * axe-core in the page under test: its source is evaluated through the DevTools protocol
 * (an injected <script> would meet the renderer's Content-Security-Policy), then axe.run
 * checks the document against WCAG 2.1 A and AA.
 */

const AXE_SOURCE = readFileSync(resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 A and AA rules: what the app promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

/**
 * Best-practice rules checked as well: every screen is named by one h1 (the focus goes to it
 * after navigation, and a screen reader's heading list starts there).
 */
const EXTRA_RULES = ['page-has-heading-one'] as const;

/** One broken rule, with where it breaks. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string; summary: string; html: string }[];
}

interface AxeResultsInPage {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    helpUrl: string;
    nodes: { target: unknown[]; failureSummary?: string; html: string }[];
  }[];
}

/** The WCAG 2.1 A/AA violations (and EXTRA_RULES') on `page` as it is now (the whole document, open dialogs included). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!present) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async ({ tags, extra }) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<AxeResultsInPage> } }).axe;
    const rules = Object.fromEntries(extra.map((id) => [id, { enabled: true }]));
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
    return { violations: r.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, helpUrl: v.helpUrl, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })) })) };
  }, { tags: [...WCAG_TAGS], extra: [...EXTRA_RULES] });
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    helpUrl: v.helpUrl,
    nodes: v.nodes.map((n) => ({
      target: n.target.map((t) => (typeof t === 'string' ? t : JSON.stringify(t))).join(' › '),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      html: n.html.length > 160 ? `${n.html.slice(0, 160)}…` : n.html,
    })),
  }));
}

/** Violations as lines a person reads in a failure: screen, rule id, target, what is wrong. */
export function describeViolations(screen: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${screen}: ${v.id} (${v.impact ?? 'no impact'}) at ${n.target} — ${v.help}. ${n.summary} [${n.html}]`),
  );
}
