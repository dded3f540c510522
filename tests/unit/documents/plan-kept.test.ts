import { describe, expect, it } from 'vitest';
import { packDocx, type PaperData } from '../../../electron/backend/documents/document-data';
import { buildPlan } from '../../../electron/backend/documents/plan.docx';
import type { Plan, PlanKept } from '../../../electron/shared/plan/plan.schema';
import { makePlanPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { docxText, unzipDocx } from '../../helpers/docx';

/*
 * The paper of a decided plan version reads what the version kept (questions, names,
 * children, language, dates), whatever the preparation says now, and says which parts
 * follow the day of printing.
 */

function decided() {
  const people = makePlanPreparation();
  const { prep, plan } = people;
  const kept: PlanKept = {
    keptAt: '2027-03-04T12:00:00.000Z',
    language: 'sv',
    summary: {
      openQuestions: prep.summary.openQuestions.map((q, i) => (i === 0 ? { ...q, text: 'Hur kommer Äijö i tid till skolan?' } : q)),
      generalQuestions: prep.summary.generalQuestions,
      mustInclude: prep.summary.mustInclude,
      notAcceptable: prep.summary.notAcceptable,
    },
    socialWorkerName: 'Sirpa Salo',
    members: prep.members.map((m) => ({
      id: m.id,
      name: m.id === people.grandma.id ? 'Aune Mäkinen' : m.name,
      relation: m.relation,
      organisation: m.worker?.organisation ?? '',
    })),
    children: [{ id: 'removed-child', firstName: 'Eino', birthYear: 2015 }],
    conferenceDate: '2027-03-03',
    meetingDate: '2027-03-03',
  };
  const data: PaperData = { prep, settings: makeDocumentSettings(), today: '2027-09-01' };
  return { data, plan: { ...plan, kept } satisfies Plan, people };
}

describe('the paper of a decided plan', () => {
  it('reads the questions, names, children, social worker, language and date it was decided with', async () => {
    const { data, plan } = decided();
    const file = await packDocx(buildPlan(data, plan));
    const text = docxText(file.bytes);
    expect(text).toContain('Hur kommer Äijö i tid till skolan?');
    expect(text).toContain('Aune Mäkinen');
    expect(text).toContain('Eino');
    expect(text).toContain('Sirpa Salo');
    expect(text).toContain('3.3.2027');
    expect(file.name).toContain('2027-03-03');
    expect(text).toContain('Kontaktuppgifterna och brevhuvudet är enligt utskriftsdagen');
    // The letterhead's date is the day of printing, as the paper says.
    expect(text).toContain('1.9.2027');
  });

  it('is stamped with the time it was decided', async () => {
    const { data, plan } = decided();
    const core = new TextDecoder().decode(unzipDocx((await packDocx(buildPlan(data, plan))).bytes)['docProps/core.xml']);
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2027-03-04T12:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2027-03-04T12:00:00Z</dcterms:modified>');
  });

  it('does not say so for a plan still being made, which follows the preparation', async () => {
    const { data, people } = decided();
    const text = docxText((await packDocx(buildPlan(data, { ...people.plan, kept: null }))).bytes);
    expect(text).not.toContain('utskriftsdagen');
    expect(text).not.toContain('tulostuspäivän');
  });
});
