/**
 * A corpus of wire-style sentences for the date-phrase reader: TEST TEXT,
 * written for these tests. The ministers, agencies and events are invented
 * (Minister Ada Pell, the Harbour Agency, Norland); the real names are there
 * because they trip a tagger ("United" is not a verb in -ed).
 *
 * Each sentence gives the day its article was published and, for every date
 * phrase in it, the phrase as written, the `datetime` it must resolve to and,
 * where the date depends on it, the tense it must be read in.
 */
import type { Tense } from '../../src/lib/tense.ts';

export interface ExpectedPhrase {
  text: string;
  datetime: string;
  /** The tense the phrase must be read in, where the date depends on it. */
  tense?: Tense;
  /** The words the reading must name, where they matter. */
  because?: string;
}

export interface CorpusSentence {
  published: string;
  sentence: string;
  /** Every date phrase of the sentence, in order; empty when none may be read. */
  phrases: ExpectedPhrase[];
}

// Published days, each named with its weekday so that the expected dates can be checked by hand.
/** Monday 15 Nov 2021: ISO week 2021-W46. */
const MON_15_NOV_2021 = '2021-11-15';
/** Monday 7 Feb 2022: ISO week 2022-W06. */
const MON_7_FEB_2022 = '2022-02-07';
/** Tuesday 4 Jan 2022: ISO week 2022-W01; the week before is 2021-W52. */
const TUE_4_JAN_2022 = '2022-01-04';
/** Wednesday 29 Dec 2021: ISO week 2021-W52; the week after is 2022-W01. */
const WED_29_DEC_2021 = '2021-12-29';
/** Thursday 15 Jun 2023: ISO week 2023-W24. */
const THU_15_JUN_2023 = '2023-06-15';
/** Monday 4 Jan 2021: the week before is 2020-W53. */
const MON_4_JAN_2021 = '2021-01-04';
/** Tuesday 5 Mar 2024, in a leap year. */
const TUE_5_MAR_2024 = '2024-03-05';

const phrase = (text: string, datetime: string, tense?: Tense, because?: string) => ({
  text,
  datetime,
  ...(tense ? { tense } : {}),
  ...(because ? { because } : {}),
});

const entry = (published: string, sentence: string, ...phrases: ExpectedPhrase[]) => ({
  published,
  sentence,
  phrases,
});

/** Weekdays with "on", and bare weekdays in the AP style ("met Monday"). */
const WEEKDAYS_WITH_ON: CorpusSentence[] = [
  entry(
    THU_15_JUN_2023,
    'Trade Minister Ada Pell met her counterpart from the United States on Monday.',
    phrase('on Monday', '2023-06-12', 'past', 'met'),
  ),
  entry(
    THU_15_JUN_2023,
    'The trade ministers of the United Kingdom and Norland meet on Monday to review the steel ' +
      'quota.',
    phrase('on Monday', '2023-06-19', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Arab Emirates will open its new customs post on Monday.',
    phrase('on Monday', '2023-06-19', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'United Steelworkers on Monday called for a review of the steel quota.',
    phrase('on Monday', '2023-06-12', 'past', 'called'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations on Monday will publish its annual survey of shipping.',
    phrase('on Monday', '2023-06-19', 'future', 'will'),
  ),
  entry(
    MON_15_NOV_2021,
    'The Harbour Agency on Monday raised its forecast for steel imports.',
    phrase('on Monday', '2021-11-15', 'past'),
  ),
  entry(
    MON_15_NOV_2021,
    'Customs officers will begin the new checks on Monday, the agency said.',
    phrase('on Monday', '2021-11-15', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The steel council met Monday and agreed to extend the quota.',
    phrase('Monday', '2023-06-12', 'past', 'met'),
  ),
  entry(
    THU_15_JUN_2023,
    'The steel council will meet Monday to vote on the quota.',
    phrase('Monday', '2023-06-19', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers met Monday night and agreed on a joint statement.',
    phrase('Monday', '2023-06-12', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United States Monday said it would review the duty.',
    phrase('Monday', '2023-06-12', 'past', 'said'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United States hosts the steel forum on Tuesday.',
    phrase('on Tuesday', '2023-06-20', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Arab Emirates opens its new port on Wednesday.',
    phrase('on Wednesday', '2023-06-21', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations convenes the steel panel on Friday.',
    phrase('on Friday', '2023-06-16', 'future'),
  ),
  entry(
    MON_15_NOV_2021,
    'The unions united behind the deal on Sunday.',
    phrase('on Sunday', '2021-11-14', 'past', 'united'),
  ),
];

/** "from Tuesday": the start of something, in each framing. */
const FROM_WEEKDAY: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'Minister Ada Pell will make a two-day visit to the United Arab Emirates from Tuesday.',
    phrase('from Tuesday', '2021-11-16', 'future', 'will'),
  ),
  entry(
    MON_15_NOV_2021,
    'Minister Ada Pell will visit the United States from Tuesday and travel to the United ' +
      'Kingdom on Thursday.',
    phrase('from Tuesday', '2021-11-16', 'future', 'will'),
    phrase('on Thursday', '2021-11-18', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The strike, which ran from Tuesday, ended after two days.',
    phrase('from Tuesday', '2023-06-13', 'past', 'ran'),
  ),
  entry(
    THU_15_JUN_2023,
    'The new tariff schedule applies from Tuesday, the Ministry of Ports said.',
    phrase('from Tuesday', '2023-06-20', 'future'),
  ),
  entry(
    MON_7_FEB_2022,
    'Duties on aluminium from the United Kingdom are set to rise from Tuesday.',
    phrase('from Tuesday', '2022-02-08', 'future', 'set to'),
  ),
  entry(
    MON_7_FEB_2022,
    'The United Kingdom suspended the levy from Tuesday, officials said on Friday.',
    phrase('from Tuesday', '2022-02-01', 'past', 'suspended'),
    phrase('on Friday', '2022-02-04', 'past', 'said'),
  ),
  entry(
    TUE_4_JAN_2022,
    'United Steelworkers is holding a strike from Thursday at three mills.',
    phrase('from Thursday', '2022-01-06', 'future'),
  ),
];

/** The issue's own sentence and its family: "will ... the United States ... on Thursday". */
const WILL_AND_UNITED: CorpusSentence[] = [
  entry(
    MON_7_FEB_2022,
    'Steel will enter the United States duty-free from April 1.',
    phrase('from April 1', '2022-04-01', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'The minister will visit the United States on Thursday.',
    phrase('on Thursday', '2022-02-10', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'The minister will tour the United Kingdom on Thursday and return on Saturday.',
    phrase('on Thursday', '2022-02-10', 'future', 'will'),
    phrase('on Saturday', '2022-02-12', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'Officials from the United Arab Emirates will join the talks on Thursday.',
    phrase('on Thursday', '2022-02-10', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'United Steelworkers will meet the United States trade representative on Thursday.',
    phrase('on Thursday', '2022-02-10', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'The United Nations will host the steel forum in the United Kingdom on Thursday.',
    phrase('on Thursday', '2022-02-10', 'future', 'will'),
  ),
];

/** "last month", "this month", "next month" and the years: the direction is in the words. */
const MONTHS_AND_YEARS_BY_MODIFIER: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'The United States ended a similar dispute with the European Union last month.',
    phrase('last month', '2021-10'),
  ),
  entry(
    MON_15_NOV_2021,
    'Imports from the United Arab Emirates are up 4 percent from last month, the agency says.',
    phrase('last month', '2021-10'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The board will review the measures it adopted last month.',
    phrase('last month', '2021-12'),
  ),
  entry(
    WED_29_DEC_2021,
    'United Steelworkers says it will resume talks next month.',
    phrase('next month', '2022-01'),
  ),
  entry(
    MON_7_FEB_2022,
    'The United Nations is to publish its trade review this month.',
    phrase('this month', '2022-02'),
  ),
  entry(
    THU_15_JUN_2023,
    'The Ministry of Ports raised the harbour fee earlier this month.',
    phrase('this month', '2023-06'),
  ),
  entry(
    MON_15_NOV_2021,
    'Exports to the United Kingdom this month are running ahead of forecast.',
    phrase('this month', '2021-11'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The levy raised 2 billion dollars last year, the steel council said.',
    phrase('last year', '2021'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The quota will expire next year unless the United Kingdom renews it.',
    phrase('next year', '2023'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The agency expects steel demand to recover this year.',
    phrase('this year', '2022'),
  ),
  entry(
    WED_29_DEC_2021,
    'The United Nations cut its forecast last month and will revise it again next month.',
    phrase('last month', '2021-11'),
    phrase('next month', '2022-01'),
  ),
];

/** Month names: "in March" looks back or ahead with the tense; "last March" says which. */
const MONTH_NAMES: CorpusSentence[] = [
  entry(
    MON_7_FEB_2022,
    'Minister Ada Pell, who took office in March, met union leaders on Monday.',
    phrase('in March', '2021-03', 'past', 'took'),
    phrase('on Monday', '2022-02-07', 'past', 'met'),
  ),
  entry(
    MON_7_FEB_2022,
    'The United Kingdom will lift the duty in March.',
    phrase('in March', '2022-03', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'The new quota takes effect in March, the steel council said.',
    phrase('in March', '2022-03', 'future'),
  ),
  entry(
    MON_7_FEB_2022,
    'Since taking office in March, the minister has visited the United Arab Emirates twice.',
    phrase('in March', '2021-03', 'past', 'Since taking'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The Harbour Agency raised its fees in December.',
    phrase('in December', '2021-12', 'past', 'raised'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The Harbour Agency will raise its fees again in December.',
    phrase('in December', '2022-12', 'future', 'will'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The talks stalled in January after the holiday.',
    phrase('in January', '2022-01', 'past'),
  ),
  entry(
    WED_29_DEC_2021,
    'The United States will review the quota in January.',
    phrase('in January', '2022-01', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'The quota was introduced in January.',
    phrase('in January', '2021-01', 'past'),
  ),
  entry(
    MON_7_FEB_2022,
    'The quota may be extended in April.',
    phrase('in April', '2022-04', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The agency expects to finish the survey by March.',
    phrase('by March', '2024-03', 'future', 'expects to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The quota stayed in place until March.',
    phrase('until March', '2023-03', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations agency cut its forecast in June.',
    phrase('in June', '2023-06', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The steel council will publish new figures next March.',
    phrase('next March', '2024-03'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port was closed for repairs last March.',
    phrase('last March', '2023-03'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The levy was first raised last December.',
    phrase('last December', '2021-12'),
  ),
  entry(
    MON_7_FEB_2022,
    'The plant will reopen in late March, the United Steelworkers said.',
    phrase('in late March', '2022-03', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Talks with the United Arab Emirates broke down in early May.',
    phrase('in early May', '2023-05', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The deal that the ministers signed on Monday will take effect in March.',
    phrase('on Monday', '2023-06-12', 'past', 'signed'),
    phrase('in March', '2024-03', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom lifted the duty in September.',
    phrase('in September', '2022-09', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom will lift the duty in February.',
    phrase('in February', '2024-02', 'future'),
  ),
];

/** A month and a day ("Oct. 30", "April 1"): the nearest such day before or after. */
const MONTH_AND_DAY: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'The European Union agreed on Oct. 30 to suspend its retaliatory duties.',
    phrase('on Oct. 30', '2021-10-30', 'past', 'agreed'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The agency said the duties were lifted on Dec. 30.',
    phrase('on Dec. 30', '2021-12-30', 'past'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The ministers will meet again on Jan. 10.',
    phrase('on Jan. 10', '2022-01-10', 'future'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The tanker docked in the United Arab Emirates on Jan. 2.',
    phrase('on Jan. 2', '2022-01-02', 'past'),
  ),
  entry(
    WED_29_DEC_2021,
    'The new tariff takes effect on Jan. 2, the United Kingdom said.',
    phrase('on Jan. 2', '2022-01-02', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'The talks will resume on Dec. 30.',
    phrase('on Dec. 30', '2021-12-30', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'Talks with United Steelworkers broke down on Dec. 20.',
    phrase('on Dec. 20', '2021-12-20', 'past'),
  ),
  entry(
    WED_29_DEC_2021,
    'The new quota applies from Jan. 3.',
    phrase('from Jan. 3', '2022-01-03', 'future'),
  ),
  entry(
    MON_15_NOV_2021,
    'The Section 232 duties took effect on March 8, 2018.',
    phrase('on March 8, 2018', '2018-03-08'),
  ),
  entry(
    THU_15_JUN_2023,
    'United Steelworkers is scheduled to vote on Sept. 12.',
    phrase('on Sept. 12', '2023-09-12', 'future', 'scheduled to'),
  ),
  entry(
    MON_7_FEB_2022,
    'The new rules apply from April 1.',
    phrase('from April 1', '2022-04-01', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations cut the quota on April 1.',
    phrase('on April 1', '2023-04-01', 'past'),
  ),
  entry(
    MON_7_FEB_2022,
    'Steel from the United Kingdom entered duty-free from April 1.',
    phrase('from April 1', '2021-04-01', 'past', 'entered'),
  ),
  entry(
    MON_15_NOV_2021,
    'The board must publish its findings by Oct. 30.',
    phrase('by Oct. 30', '2022-10-30', 'future'),
  ),
  entry(
    TUE_5_MAR_2024,
    'The agency closed the file on Feb. 29.',
    phrase('on Feb. 29', '2024-02-29', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers signed the accord on Aug. 3 last year.',
    phrase('on Aug. 3', '2022-08-03', 'past'),
    phrase('last year', '2022'),
  ),
  entry(
    THU_15_JUN_2023,
    'The levy falls to 10 percent on July 1 and to zero on Jan. 1.',
    phrase('on July 1', '2023-07-01', 'future'),
    phrase('on Jan. 1', '2024-01-01', 'future'),
  ),
];

/** Years and "since": the past is in the word itself. */
const SINCE_AND_YEARS: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'Since 2018, the United States has imposed an additional duty on steel.',
    phrase('Since 2018', '2018'),
  ),
  entry(MON_15_NOV_2021, 'The quota has been in force since 2018.', phrase('since 2018', '2018')),
  entry(
    THU_15_JUN_2023,
    'The levy, in place since 2018, will end next year.',
    phrase('since 2018', '2018'),
    phrase('next year', '2024'),
  ),
  entry(
    MON_15_NOV_2021,
    'The United Steelworkers had backed the duty since 2018.',
    phrase('since 2018', '2018'),
  ),
  entry(
    MON_15_NOV_2021,
    'Imports have fallen since March 2018.',
    phrase('since March 2018', '2018-03'),
  ),
  entry(
    MON_15_NOV_2021,
    'Section 232 of the Trade Expansion Act of 1962 lets the president act on imports.',
    phrase('of 1962', '1962'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Arab Emirates joined the scheme in 2019.',
    phrase('in 2019', '2019'),
  ),
  entry(
    MON_15_NOV_2021,
    'The United Kingdom plans to end the scheme by 2025.',
    phrase('by 2025', '2025'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port has been closed since Monday.',
    phrase('since Monday', '2023-06-12', 'past', 'since'),
  ),
  entry(
    THU_15_JUN_2023,
    'Prices have risen since Oct. 30.',
    phrase('since Oct. 30', '2022-10-30', 'past', 'since'),
  ),
  entry(
    THU_15_JUN_2023,
    'United Steelworkers has opposed the quota since May.',
    phrase('since May', '2023-05', 'past', 'since'),
  ),
];

/** "today's", "yesterday's", "tomorrow": the published day itself, or one either side. */
const DAYS_AROUND_PUBLICATION: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    "Today's talks with the United Kingdom are the first since 2018.",
    phrase("Today's", '2021-11-15'),
    phrase('since 2018', '2018'),
  ),
  entry(
    THU_15_JUN_2023,
    "The minister will answer questions in today's session.",
    phrase("today's", '2023-06-15'),
  ),
  entry(
    THU_15_JUN_2023,
    "Today's auction drew record bids from the United Arab Emirates.",
    phrase("Today's", '2023-06-15'),
  ),
  entry(
    THU_15_JUN_2023,
    "Yesterday's vote in the United Nations was delayed.",
    phrase("Yesterday's", '2023-06-14'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The board meets tomorrow to set the quota.',
    phrase('tomorrow', '2022-01-05'),
  ),
  entry(
    WED_29_DEC_2021,
    'The port reopened today after a two-day closure.',
    phrase('today', '2021-12-29'),
  ),
];

/** Weeks: "next week" and "last week" are ISO weeks, across the new year too. */
const WEEKS: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'Minister Ada Pell will travel to the United Arab Emirates next week.',
    phrase('next week', '2021-W47'),
  ),
  entry(
    WED_29_DEC_2021,
    'The United Nations is to publish its report next week.',
    phrase('next week', '2022-W01'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The talks ended last week without agreement.',
    phrase('last week', '2021-W52'),
  ),
  entry(
    MON_4_JAN_2021,
    'Exports fell last week, the United Kingdom said.',
    phrase('last week', '2020-W53'),
  ),
  entry(
    THU_15_JUN_2023,
    'The steel council is meeting this week.',
    phrase('this week', '2023-W24'),
  ),
  entry(
    MON_7_FEB_2022,
    'United Steelworkers said last week it would call a strike.',
    phrase('last week', '2022-W05'),
  ),
  entry(
    THU_15_JUN_2023,
    'The talks resume next week in the United States.',
    phrase('next week', '2023-W25'),
  ),
];

/** "expected to", "set to", "plans to", "is scheduled to", "is due to", "is to": ahead. */
const FUTURE_FRAMES: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'The United States is expected to lift the duty on Thursday.',
    phrase('on Thursday', '2021-11-18', 'future', 'expected to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom is set to sign the accord on Tuesday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'set to'),
  ),
  entry(
    MON_7_FEB_2022,
    'United Steelworkers plans to hold a vote on Thursday.',
    phrase('on Thursday', '2022-02-10', 'future', 'plans to'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The United Arab Emirates is scheduled to host the talks on Friday.',
    phrase('on Friday', '2022-01-07', 'future', 'scheduled to'),
  ),
  entry(
    WED_29_DEC_2021,
    'The minister is due to visit the United Kingdom on Monday.',
    phrase('on Monday', '2022-01-03', 'future', 'due to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations is to open the conference on Monday.',
    phrase('on Monday', '2023-06-19', 'future', 'is to'),
  ),
  entry(
    MON_15_NOV_2021,
    'The ministers are expected to meet in the United Arab Emirates in December.',
    phrase('in December', '2021-12', 'future', 'expected to'),
  ),
  entry(
    THU_15_JUN_2023,
    'Steel exports are set to fall in July.',
    phrase('in July', '2023-07', 'future', 'set to'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The Harbour Agency plans to publish the figures on Jan. 20.',
    phrase('on Jan. 20', '2022-01-20', 'future', 'plans to'),
  ),
  entry(
    WED_29_DEC_2021,
    'The agreement is scheduled to take effect on Jan. 1.',
    phrase('on Jan. 1', '2022-01-01', 'future', 'scheduled to'),
  ),
  entry(
    MON_7_FEB_2022,
    'The levy is due to expire in January.',
    phrase('in January', '2023-01', 'future', 'due to'),
  ),
  entry(
    MON_15_NOV_2021,
    'The United Kingdom is to lift the quota from Tuesday.',
    phrase('from Tuesday', '2021-11-16', 'future', 'is to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The committee is expected to report next week.',
    phrase('next week', '2023-W25'),
  ),
  entry(
    MON_15_NOV_2021,
    'United Steelworkers intends to picket the plant on Wednesday.',
    phrase('on Wednesday', '2021-11-17', 'future', 'intends to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United States and the United Kingdom are due to sign the pact on Friday.',
    phrase('on Friday', '2023-06-16', 'future', 'due to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The minister is likely to announce the decision on Tuesday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'likely to'),
  ),
];

/** Reported speech: "said she would visit on Friday" looks ahead, "said on Friday" back. */
const REPORTED_SPEECH: CorpusSentence[] = [
  entry(
    MON_15_NOV_2021,
    'Minister Ada Pell said she would visit the United Kingdom on Friday.',
    phrase('on Friday', '2021-11-19', 'future', 'would'),
  ),
  entry(
    MON_15_NOV_2021,
    'The minister said he would visit on Friday.',
    phrase('on Friday', '2021-11-19', 'future', 'would'),
  ),
  entry(
    MON_15_NOV_2021,
    'The agency said on Friday that exports to the United States had fallen.',
    phrase('on Friday', '2021-11-12', 'past', 'said'),
  ),
  entry(
    MON_15_NOV_2021,
    'Officials said the ministers would meet again on Thursday.',
    phrase('on Thursday', '2021-11-18', 'future', 'would'),
  ),
  entry(
    MON_15_NOV_2021,
    'The minister told reporters on Sunday that the United Arab Emirates will join the scheme.',
    phrase('on Sunday', '2021-11-14', 'past', 'told'),
  ),
  entry(
    THU_15_JUN_2023,
    'The Harbour Agency said the ship had docked on Tuesday.',
    phrase('on Tuesday', '2023-06-13', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'United Steelworkers said it would strike from Monday unless the mills raised pay.',
    phrase('from Monday', '2023-06-19', 'future', 'would'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations said on Tuesday it would send observers on Friday.',
    phrase('on Tuesday', '2023-06-13', 'past', 'said'),
    phrase('on Friday', '2023-06-16', 'future', 'would'),
  ),
  entry(
    THU_15_JUN_2023,
    'The minister said the United Kingdom will cut the levy in August.',
    phrase('in August', '2023-08', 'future', 'will'),
  ),
];

/** Relative clauses: each phrase takes the tense of its own clause. */
const RELATIVE_CLAUSES: CorpusSentence[] = [
  entry(
    THU_15_JUN_2023,
    'The talks, which began on Monday, will end on Friday.',
    phrase('on Monday', '2023-06-12', 'past', 'began'),
    phrase('on Friday', '2023-06-16', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers, who will meet on Tuesday, agreed the agenda on Monday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'will'),
    phrase('on Monday', '2023-06-12', 'past', 'agreed'),
  ),
  entry(
    THU_15_JUN_2023,
    'The union that called the strike on Monday says talks will resume on Friday.',
    phrase('on Monday', '2023-06-12', 'past', 'called'),
    phrase('on Friday', '2023-06-16', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The duty, which the United Arab Emirates will scrap on Saturday, was raised on Tuesday.',
    phrase('on Saturday', '2023-06-17', 'future', 'will'),
    phrase('on Tuesday', '2023-06-13', 'past'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The quota, which took effect in December, will be reviewed in March.',
    phrase('in December', '2021-12', 'past', 'took'),
    phrase('in March', '2022-03', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The quota, which the United States introduced in March, will expire in December.',
    phrase('in March', '2023-03', 'past', 'introduced'),
    phrase('in December', '2023-12', 'future', 'will'),
  ),
];

/** Phrases that open the sentence take the tense of the main clause. */
const SENTENCE_INITIAL: CorpusSentence[] = [
  entry(
    THU_15_JUN_2023,
    'On Tuesday, the United Kingdom said it would cut the levy.',
    phrase('On Tuesday', '2023-06-13', 'past', 'said'),
  ),
  entry(
    THU_15_JUN_2023,
    'On Friday, the United Arab Emirates will host the ministers.',
    phrase('On Friday', '2023-06-16', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'On Monday the steel council agreed to extend the quota.',
    phrase('On Monday', '2023-06-12', 'past', 'agreed'),
  ),
  entry(
    THU_15_JUN_2023,
    'In March, the United Nations cut its forecast for steel demand.',
    phrase('In March', '2023-03', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'In December, the agency will publish new figures.',
    phrase('In December', '2023-12', 'future', 'will'),
  ),
  entry(
    MON_7_FEB_2022,
    'From April 1, steel from the United Kingdom will enter duty-free.',
    phrase('From April 1', '2022-04-01', 'future', 'will'),
  ),
  entry(
    TUE_4_JAN_2022,
    'Last month, United Steelworkers asked for talks.',
    phrase('Last month', '2021-12'),
  ),
  entry(
    TUE_4_JAN_2022,
    'Next week, the ministers will meet in the United Arab Emirates.',
    phrase('Next week', '2022-W02'),
  ),
  entry(
    THU_15_JUN_2023,
    'On Sunday, officials in the United States confirmed the sale.',
    phrase('On Sunday', '2023-06-11', 'past', 'confirmed'),
  ),
  entry(
    THU_15_JUN_2023,
    'By Friday, the agency must decide whether to renew the quota.',
    phrase('By Friday', '2023-06-16', 'future'),
  ),
];

/** Coordinated verbs share a tense; "agreed to meet" looks ahead from the agreeing. */
const COORDINATED_VERBS: CorpusSentence[] = [
  entry(
    THU_15_JUN_2023,
    'The ministers met on Monday and agreed to meet again on Friday.',
    phrase('on Monday', '2023-06-12', 'past', 'met'),
    phrase('on Friday', '2023-06-16', 'future', 'agreed to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The agency raised the fee on Monday and cut the quota on Tuesday.',
    phrase('on Monday', '2023-06-12', 'past', 'raised'),
    phrase('on Tuesday', '2023-06-13', 'past', 'raised'),
  ),
  entry(
    THU_15_JUN_2023,
    'The minister will fly to the United Arab Emirates on Saturday and meet officials on Sunday.',
    phrase('on Saturday', '2023-06-17', 'future', 'will'),
    phrase('on Sunday', '2023-06-18', 'future', 'will'),
  ),
  entry(
    TUE_4_JAN_2022,
    'United Steelworkers on Monday voted to strike from Thursday.',
    phrase('on Monday', '2022-01-03', 'past', 'voted'),
    phrase('from Thursday', '2022-01-06', 'future', 'voted to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The board reviewed the quota on Tuesday but will not decide until Friday.',
    phrase('on Tuesday', '2023-06-13', 'past', 'reviewed'),
    phrase('until Friday', '2023-06-16', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Officials decided on Wednesday to lift the duty from Saturday.',
    phrase('on Wednesday', '2023-06-14', 'past', 'decided'),
    phrase('from Saturday', '2023-06-17', 'future', 'decided to'),
  ),
  entry(
    MON_15_NOV_2021,
    'The United Kingdom lifted its duty on Friday and the United States will follow on Wednesday.',
    phrase('on Friday', '2021-11-12', 'past', 'lifted'),
    phrase('on Wednesday', '2021-11-17', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Steelworkers walked out on Tuesday and are striking again from Monday.',
    phrase('on Tuesday', '2023-06-13', 'past', 'walked'),
    phrase('from Monday', '2023-06-19', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom and Norland on Monday agreed to end the dispute.',
    phrase('on Monday', '2023-06-12', 'past', 'agreed'),
  ),
];

/** "last", "next" and "this" before a weekday, and the weekday of the published day. */
const WEEKDAY_MODIFIERS_AND_SAME_DAY: CorpusSentence[] = [
  entry(MON_15_NOV_2021, 'The quota was raised last Friday.', phrase('last Friday', '2021-11-12')),
  entry(
    MON_15_NOV_2021,
    'The ministers will meet next Monday.',
    phrase('next Monday', '2021-11-22'),
  ),
  entry(
    MON_15_NOV_2021,
    'The board meets this Friday to set the quota.',
    phrase('this Friday', '2021-11-19', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The levy was raised last Thursday.',
    phrase('last Thursday', '2023-06-08'),
  ),
  entry(
    THU_15_JUN_2023,
    'The council meets again next Thursday.',
    phrase('next Thursday', '2023-06-22'),
  ),
  entry(
    THU_15_JUN_2023,
    "The committee's report, released last Tuesday, found no dumping.",
    phrase('last Tuesday', '2023-06-13'),
  ),
  entry(
    MON_15_NOV_2021,
    'The United Kingdom and Norland agreed on Monday to end the dispute.',
    phrase('on Monday', '2021-11-15', 'past'),
  ),
  entry(
    MON_15_NOV_2021,
    'The ministers will meet the United Arab Emirates delegation on Monday.',
    phrase('on Monday', '2021-11-15', 'future'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The talks on Tuesday ended without a deal.',
    phrase('on Tuesday', '2022-01-04'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port will stay closed until Friday.',
    phrase('until Friday', '2023-06-16', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port stayed shut until Tuesday.',
    phrase('until Tuesday', '2023-06-13', 'past', 'stayed'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port will be closed from Monday until Wednesday.',
    phrase('from Monday', '2023-06-19', 'future'),
    phrase('until Wednesday', '2023-06-21', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'The United States will host the talks on Saturday.',
    phrase('on Saturday', '2022-01-01', 'future'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The ship left the United Kingdom on Thursday.',
    phrase('on Thursday', '2021-12-30', 'past', 'left'),
  ),
  entry(
    WED_29_DEC_2021,
    'The ministers will meet again on Monday.',
    phrase('on Monday', '2022-01-03', 'future'),
  ),
];

/** Words that only look like dates: only the real phrases may be read. */
const LOOK_ALIKES: CorpusSentence[] = [
  entry(MON_7_FEB_2022, 'Japan may act, said one official.'),
  entry(
    MON_7_FEB_2022,
    'Officials may decide on the quota in May.',
    phrase('in May', '2022-05', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'March organisers said the rally would go ahead on Saturday.',
    phrase('on Saturday', '2023-06-17', 'future', 'would'),
  ),
  entry(
    THU_15_JUN_2023,
    'The Sunday Times reported on Monday that the levy would be cut.',
    phrase('on Monday', '2023-06-12', 'past', 'reported'),
  ),
  entry(
    THU_15_JUN_2023,
    'The March for Steel Jobs drew 5,000 people on Saturday.',
    phrase('on Saturday', '2023-06-10', 'past', 'drew'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom relaxed Sunday trading rules last year.',
    phrase('last year', '2022'),
  ),
  entry(THU_15_JUN_2023, 'The board meets every Monday to review the quota.'),
  entry(THU_15_JUN_2023, 'The port closes on Good Friday.'),
  entry(MON_15_NOV_2021, 'The meeting lasted about one hour and 20 minutes.'),
  entry(MON_15_NOV_2021, 'The plant produced 2018 tonnes of steel.'),
  entry(THU_15_JUN_2023, 'Prime Minister Novak said the May figures were encouraging.'),
  entry(
    MON_15_NOV_2021,
    'Workers will march on the ministry on Friday.',
    phrase('on Friday', '2021-11-19', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The talks will last until Friday.',
    phrase('until Friday', '2023-06-16', 'future', 'will'),
  ),
];

/** More structures: participles, compounds the tagger misreads, modals and subordinate clauses. */
const MORE_STRUCTURES: CorpusSentence[] = [
  entry(
    THU_15_JUN_2023,
    'The United Kingdom said on Monday it would scrap the levy from July 1.',
    phrase('on Monday', '2023-06-12', 'past', 'said'),
    phrase('from July 1', '2023-07-01', 'future', 'would'),
  ),
  entry(
    THU_15_JUN_2023,
    'Officials in the United Arab Emirates expect the port to reopen on Saturday.',
    phrase('on Saturday', '2023-06-17', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The union, United Steelworkers, will vote on the deal on Tuesday, a spokesman said.',
    phrase('on Tuesday', '2023-06-20', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Ministers who met the envoys on Monday meet again on Friday.',
    phrase('on Monday', '2023-06-12', 'past', 'met'),
    phrase('on Friday', '2023-06-16', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The board cut rates on Tuesday and sets new quotas on Monday.',
    phrase('on Tuesday', '2023-06-13', 'past', 'cut'),
    phrase('on Monday', '2023-06-19', 'future', 'sets'),
  ),
  entry(
    THU_15_JUN_2023,
    'Exports to the United States rose 4 percent in May, the agency said on Wednesday.',
    phrase('in May', '2023-05', 'past'),
    phrase('on Wednesday', '2023-06-14', 'past', 'said'),
  ),
  entry(
    THU_15_JUN_2023,
    'The talks are going to resume on Monday.',
    phrase('on Monday', '2023-06-19', 'future', 'going to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The agency hopes to finish the review by September.',
    phrase('by September', '2023-09', 'future', 'hopes to'),
  ),
  entry(
    THU_15_JUN_2023,
    'A court in the United Kingdom ruled on Tuesday that the duty was unlawful.',
    phrase('on Tuesday', '2023-06-13', 'past', 'ruled'),
  ),
  entry(
    THU_15_JUN_2023,
    'The minister, speaking on Wednesday, said the United Nations would help.',
    phrase('on Wednesday', '2023-06-14', 'past', 'said'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ban, which takes effect on Saturday, was announced in March.',
    phrase('on Saturday', '2023-06-17', 'future', 'takes'),
    phrase('in March', '2023-03', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'Steel prices have climbed since Tuesday, when the United States raised the duty.',
    phrase('since Tuesday', '2023-06-13', 'past', 'since'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Nations trade body will meet in Geneva from Monday to Wednesday.',
    phrase('from Monday', '2023-06-19', 'future', 'will'),
    phrase('Wednesday', '2023-06-21', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Negotiators are scheduled to meet again in September and sign the pact in October.',
    phrase('in September', '2023-09', 'future', 'scheduled to'),
    phrase('in October', '2023-10', 'future', 'scheduled to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The pact was signed in Geneva on Monday and will take effect on Jan. 1.',
    phrase('on Monday', '2023-06-12', 'past'),
    phrase('on Jan. 1', '2024-01-01', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'Japan put the duty in place in April.',
    phrase('in April', '2023-04', 'past', 'put'),
  ),
  entry(
    THU_15_JUN_2023,
    'The Harbour Agency is reviewing the fees and is expected to decide on Tuesday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'expected to'),
  ),
  entry(
    THU_15_JUN_2023,
    'United Steelworkers members voted on Sunday to accept the offer.',
    phrase('on Sunday', '2023-06-11', 'past', 'voted'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United States and the United Kingdom signed the pact on Monday, officials said.',
    phrase('on Monday', '2023-06-12', 'past', 'signed'),
  ),
  entry(
    THU_15_JUN_2023,
    'The minister did not say on Tuesday when the levy would end.',
    phrase('on Tuesday', '2023-06-13', 'past', 'did'),
  ),
  entry(
    THU_15_JUN_2023,
    'Imports from the United Arab Emirates fell in April and are expected to fall again in July.',
    phrase('in April', '2023-04', 'past', 'fell'),
    phrase('in July', '2023-07', 'future', 'expected to'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministry plans to cut the fee on Monday, the Sunday Times reported.',
    phrase('on Monday', '2023-06-19', 'future', 'plans to'),
  ),
  entry(
    THU_15_JUN_2023,
    'On Wednesday the board hit pause on the review.',
    phrase('On Wednesday', '2023-06-14', 'past', 'hit'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom set new quotas on Tuesday.',
    phrase('on Tuesday', '2023-06-13', 'past', 'set'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The council approved the plan on Dec. 30 and will publish it on Jan. 12.',
    phrase('on Dec. 30', '2021-12-30', 'past', 'approved'),
    phrase('on Jan. 12', '2022-01-12', 'future', 'will'),
  ),
  entry(
    TUE_4_JAN_2022,
    'Officials expect the figures to be released in December.',
    phrase('in December', '2022-12', 'future'),
  ),
  entry(
    TUE_4_JAN_2022,
    'Shipments resumed on Monday after the United Kingdom lifted the ban on Friday.',
    phrase('on Monday', '2022-01-03', 'past', 'resumed'),
    phrase('on Friday', '2021-12-31', 'past', 'lifted'),
  ),
  entry(
    TUE_4_JAN_2022,
    'The minister, who visited the United Arab Emirates in November, returns there in February.',
    phrase('in November', '2021-11', 'past', 'visited'),
    phrase('in February', '2022-02', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'The union says it will strike on Monday if talks fail on Friday.',
    phrase('on Monday', '2022-01-03', 'future', 'will'),
    phrase('on Friday', '2021-12-31', 'future'),
  ),
  entry(
    WED_29_DEC_2021,
    'A spokesman for United Steelworkers declined to comment on Tuesday.',
    phrase('on Tuesday', '2021-12-28', 'past', 'declined'),
  ),
  entry(
    THU_15_JUN_2023,
    'The regulator has until Friday to respond.',
    phrase('until Friday', '2023-06-16', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'Both sides want a deal by Friday, the United Nations envoy told reporters.',
    phrase('by Friday', '2023-06-16', 'future'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port, which reopens on Monday, was closed by a strike on Saturday.',
    phrase('on Monday', '2023-06-19', 'future', 'reopens'),
    phrase('on Saturday', '2023-06-10', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers are to sign the accord in London on Tuesday and in Abu Dhabi on Friday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'are to'),
    phrase('on Friday', '2023-06-16', 'future', 'are to'),
  ),
  entry(
    THU_15_JUN_2023,
    'Talks collapsed on Tuesday when the United States walked out.',
    phrase('on Tuesday', '2023-06-13', 'past', 'collapsed'),
  ),
  entry(
    THU_15_JUN_2023,
    'The duty will not apply until Jan. 1, the Ministry of Ports said on Tuesday.',
    phrase('until Jan. 1', '2024-01-01', 'future', 'will'),
    phrase('on Tuesday', '2023-06-13', 'past', 'said'),
  ),
  entry(
    THU_15_JUN_2023,
    'It was the first cut since April.',
    phrase('since April', '2023-04', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The fund was set up in May by the United Nations and the United Kingdom.',
    phrase('in May', '2023-05', 'past'),
  ),
  entry(
    THU_15_JUN_2023,
    'The board meets on Tuesday, a day after the United Arab Emirates hosts the forum on Monday.',
    phrase('on Tuesday', '2023-06-20', 'future', 'meets'),
    phrase('on Monday', '2023-06-19', 'future', 'hosts'),
  ),
  entry(
    THU_15_JUN_2023,
    'Mayors from 12 cities will march on Saturday.',
    phrase('on Saturday', '2023-06-17', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The new levy kicks in on Monday.',
    phrase('on Monday', '2023-06-19', 'future', 'kicks'),
  ),
  entry(
    THU_15_JUN_2023,
    'Steel output should recover in August, the agency said.',
    phrase('in August', '2023-08', 'future', 'should'),
  ),
  entry(
    THU_15_JUN_2023,
    'The shipment could arrive on Monday.',
    phrase('on Monday', '2023-06-19', 'future', 'could'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers had been due to meet on Tuesday but the talks were postponed.',
    phrase('on Tuesday', '2023-06-13', 'past', 'had been due to'),
  ),
  entry(
    THU_15_JUN_2023,
    "Yesterday's vote was postponed until Friday.",
    phrase("Yesterday's", '2023-06-14'),
    phrase('until Friday', '2023-06-16', 'future', 'postponed until'),
  ),
  entry(
    THU_15_JUN_2023,
    'The quota was extended until March.',
    phrase('until March', '2024-03', 'future', 'extended until'),
  ),
  entry(
    THU_15_JUN_2023,
    'The ministers could not agree on Monday.',
    phrase('on Monday', '2023-06-12', 'past', 'could not'),
  ),
  entry(
    THU_15_JUN_2023,
    'Steel imports rose on Monday.',
    phrase('on Monday', '2023-06-12', 'past', 'rose'),
  ),
  entry(
    THU_15_JUN_2023,
    'Prices of steel from the United Kingdom rose 4 percent in May.',
    phrase('in May', '2023-05', 'past', 'rose'),
  ),
  entry(
    THU_15_JUN_2023,
    'The agency said it was reviewing the quota, which expires on Friday.',
    phrase('on Friday', '2023-06-16', 'future', 'expires'),
  ),
  entry(
    THU_15_JUN_2023,
    'The United Kingdom is expected on Tuesday to announce new quotas.',
    phrase('on Tuesday', '2023-06-20', 'future', 'is expected'),
  ),
  entry(
    THU_15_JUN_2023,
    'The European Union was expected to respond on Friday.',
    phrase('on Friday', '2023-06-16', 'future', 'expected to'),
  ),
  entry(
    THU_15_JUN_2023,
    'Shares of United States Steel fell on Monday.',
    phrase('on Monday', '2023-06-12', 'past', 'fell'),
  ),
  entry(
    THU_15_JUN_2023,
    "The United Arab Emirates' trade minister arrives on Sunday.",
    phrase('on Sunday', '2023-06-18', 'future', 'arrives'),
  ),
  entry(
    THU_15_JUN_2023,
    'The deal takes effect in January, a year after talks began in March.',
    phrase('in January', '2024-01', 'future', 'takes'),
    phrase('in March', '2023-03', 'past', 'began'),
  ),
  entry(
    THU_15_JUN_2023,
    'Talks continue on Friday.',
    phrase('on Friday', '2023-06-16', 'future', 'continue'),
  ),
  entry(
    THU_15_JUN_2023,
    'The tariffs, in force since March, expire on Sunday.',
    phrase('since March', '2023-03', 'past', 'since'),
    phrase('on Sunday', '2023-06-18', 'future', 'expire'),
  ),
  entry(
    THU_15_JUN_2023,
    'The council will decide by the end of March.',
    phrase('end of March', '2024-03', 'future', 'will'),
  ),
  entry(
    THU_15_JUN_2023,
    'The talks were moved to Geneva on Friday.',
    phrase('on Friday', '2023-06-09', 'past', 'were'),
  ),
  entry(
    THU_15_JUN_2023,
    'The port stayed shut from Monday to Wednesday.',
    phrase('from Monday', '2023-06-12', 'past', 'stayed'),
    phrase('Wednesday', '2023-06-14', 'past', 'stayed'),
  ),
  entry(
    THU_15_JUN_2023,
    'Output at the plant rose sharply in May.',
    phrase('in May', '2023-05', 'past', 'rose'),
  ),
  entry(
    THU_15_JUN_2023,
    'The red rose on the table was a gift from the United Kingdom delegation on Monday.',
    phrase('on Monday', '2023-06-12', 'past', 'was'),
  ),
  entry(
    THU_15_JUN_2023,
    'The duties, which the agency cut in March, rise again in July.',
    phrase('in March', '2023-03', 'past', 'cut'),
    phrase('in July', '2023-07', 'future', 'rise'),
  ),
  entry(
    THU_15_JUN_2023,
    'The offer stands until Oct. 30.',
    phrase('until Oct. 30', '2023-10-30', 'future', 'stands'),
  ),
  entry(
    THU_15_JUN_2023,
    'Officials said talks with the United Nations agency were planned for next week.',
    phrase('next week', '2023-W25'),
  ),
];

export const DATE_CORPUS: readonly CorpusSentence[] = [
  ...WEEKDAYS_WITH_ON,
  ...FROM_WEEKDAY,
  ...WILL_AND_UNITED,
  ...MONTHS_AND_YEARS_BY_MODIFIER,
  ...MONTH_NAMES,
  ...MONTH_AND_DAY,
  ...SINCE_AND_YEARS,
  ...DAYS_AROUND_PUBLICATION,
  ...WEEKS,
  ...FUTURE_FRAMES,
  ...REPORTED_SPEECH,
  ...RELATIVE_CLAUSES,
  ...SENTENCE_INITIAL,
  ...COORDINATED_VERBS,
  ...WEEKDAY_MODIFIERS_AND_SAME_DAY,
  ...LOOK_ALIKES,
  ...MORE_STRUCTURES,
];
