// The locales' strings as ICU MessageFormat: the compiler checks each placeholder is kept, and
// these tests check what it cannot: every message parses, uses no argument English does not, and
// each plural message has a case for every plural form its language has.
import { describe, expect, it } from '@jest/globals';
import { IntlMessageFormat } from 'intl-messageformat';
import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../../functions/domain/messages';
import { LOCALES } from '../../functions/domain/messages/locales';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

/** The argument names a message uses, at any depth (inside plural and select cases too). */
function argumentsOf(elements: Ast): string[] {
  return elements.flatMap((el) => {
    const own = 'value' in el && typeof el.value === 'string' && el.type !== 0 ? [el.value] : [];
    const nested = 'options' in el ? Object.values(el.options).flatMap((option) => argumentsOf((option as { value: Ast }).value)) : [];
    return [...own, ...nested];
  });
}

function pluralCases(message: string, language: SupportedLanguage): string[] {
  const [plural] = new IntlMessageFormat(message, language).getAst();
  return plural && 'options' in plural ? Object.keys(plural.options) : [];
}

/** Every string in a locale, by its path: "messages.acknowledgement.stepWrite". */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  return Object.entries(value as object).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
}

const english = new Map(leaves(LOCALES.en));
/** English strings with a placeholder or a plural: the ones every language writes as ICU. */
const icuPaths = [...english].filter(([, text]) => text.includes('{')).map(([path]) => path);
const others = SUPPORTED_LANGUAGES.filter((language) => language !== 'en');

describe('locale strings', () => {
  it('English has ICU messages to check', () => {
    expect(icuPaths).toEqual(
      expect.arrayContaining(['withinHours', 'withinDays', 'greetingByName', 'footer.reachPerson', 'messages.acknowledgement.stepWrite']),
    );
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s has exactly the strings English has', (language) => {
    // Prepare
    const paths = leaves(LOCALES[language]).map(([path]) => path.replace(/\.\d+$/, '.#'));

    // Assess: lists may differ in length (a warning with two paragraphs in one language is fine).
    expect(new Set(paths)).toEqual(new Set([...english.keys()].map((path) => path.replace(/\.\d+$/, '.#'))));
  });

  it.each(others.flatMap((language) => icuPaths.map((path) => [language, path] as const)))(
    '%s %s: parses and uses the arguments English uses',
    (language, path) => {
      // Prepare
      const text = new Map(leaves(LOCALES[language])).get(path)!;

      // Act
      const used = argumentsOf(new IntlMessageFormat(text, language, undefined, { ignoreTag: true }).getAst());
      const expected = argumentsOf(new IntlMessageFormat(english.get(path)!, 'en', undefined, { ignoreTag: true }).getAst());

      // Assess
      expect(new Set(used)).toEqual(new Set(expected));
    },
  );

  it.each(SUPPORTED_LANGUAGES.flatMap((language) => (['withinHours', 'withinDays'] as const).map((key) => [language, key] as const)))(
    '%s %s: a case for each plural form the language has for whole numbers',
    (language, key) => {
      // Prepare: the forms this language's rules give counts from 1 to 1,000 (Arabic: one, two, few, many, other).
      const rules = new Intl.PluralRules(language);
      const forms = new Set(Array.from({ length: 1000 }, (_, i) => rules.select(i + 1)));

      // Act
      const cases = pluralCases(LOCALES[language][key], language);

      // Assess
      expect(cases).toEqual(expect.arrayContaining([...forms, 'other']));
    },
  );
});
