import { todayInHelsinki } from '../../../shared/dates';
import type { Handlers } from '../../api/handler-types';
import { packDocx } from '../../documents/document-data';
import { imageSize } from '../../documents/image-size';
import { buildStatisticsReport, type ChartImages } from '../../documents/statistics-report.docx';
import { buildStatisticsCsv } from '../../documents/statistics.csv';
import { currentSettings } from '../settings/settings.service';
import { invalidField } from '../preparation/preparation.service';
import { statisticsReport } from './statistics.handlers';

/*
 * The statistics' exports, in the language the app is used in: the figures are read inside
 * the call's transaction (the same report `statistics.get` gives the page), the file is made
 * after it. The Word report's charts come from the page as PNGs; one whose header cannot be
 * read is refused, not drawn distorted.
 */

export const statisticsExportHandlers: Pick<Handlers, 'statistics.csv' | 'statistics.report'> = {
  'statistics.csv'(ctx, { from, to, meetingType }) {
    const report = statisticsReport(ctx.db, { from, to, meetingType }, ctx.now());
    const lang = currentSettings(ctx.db).uiLanguage;
    return async () => buildStatisticsCsv(report, lang);
  },
  'statistics.report'(ctx, { from, to, meetingType, charts }) {
    const images: ChartImages = {};
    for (const [key, base64] of Object.entries(charts)) {
      const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
      if (!imageSize(bytes)) throw invalidField(['charts', key], 'statisticsPage.error.chartImage');
      images[key] = bytes;
    }
    const report = statisticsReport(ctx.db, { from, to, meetingType }, ctx.now());
    const settings = currentSettings(ctx.db);
    const today = todayInHelsinki(ctx.now());
    return () => packDocx(buildStatisticsReport({ report, settings, today, charts: images }));
  },
};
