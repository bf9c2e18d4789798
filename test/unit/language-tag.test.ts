import { describe, expect, it } from 'vitest';
import { lintData, minimal } from '../helpers.js';

/** The findings lint gives for the minimal plan with this brand.language. */
function languageFindings(language: string) {
  const plan = minimal();
  plan.brand.language = language;
  return lintData(plan).findings.map(({ ruleId, line, message }) => ({ ruleId, line, message }));
}

describe('brand.language', () => {
  it.each(['es', 'es-ES', 'es-MX', 'es-419', 'en', 'en-GB', 'en-US', 'fr', 'zh-Hant-TW'])('takes %s', (tag) => {
    expect(languageFindings(tag)).toEqual([]);
  });

  // Well-formed tags that name no language: reports and dates fell back to English and the US.
  it.each(['spanish', 'english', 'castellano', 'xx', 'und', 'es_ES'])('refuses %s, saying what to write', (tag) => {
    const findings = languageFindings(tag);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'schema' });
    expect(findings[0]!.message).toContain(`brand.language is "${tag}"`);
    expect(findings[0]!.message).toContain('es-ES');
  });
});
