// Alliance Graph: facts from "AFTEREFFECTS OF THE WAR" (notes 67-73): the war's human and
// economic costs, wartime and postwar Socialist aid, the Chinese troops, and North Korea's
// integration into the Socialist system from the Armistice to about 1956 (plans to 1961).
// Each fact: one map in the list below, its id and type first, then its properties; the statement
// at the end MERGEs each fact on its id and gives it its type's label. Quotes are exact and at most
// 25 words; summaries are our own words. 90-derive.cypher turns the properties into links.
// Figures are stored as the article states them; where they do not add up the caveat says so.
// eventKind 'casualties', 'economic-output' and 'force-strength' extend the vocabulary for
// events that carry a figure (amount, unit, qualifier, share) but have no giver or receiver.

UNWIND [

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 67: casualties and destruction
// ---------------------------------------------------------------------------------------------

{id: 'event-korean-war-casualties-total', type: 'event',
  summary: 'The Korean War leaves more than two million casualties in Korea',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['dprk', 'rok', 'prc', 'usa', 'unc'],
  dyads: ['dprk/rok', 'dprk/usa', 'prc/rok', 'prc/usa'],
  amount: 2000000, unit: 'casualties', qualifier: 'more than',
  section: 'aftereffects', note: 67,
  quote: 'The war left more than two million casualties in Korea',
  caveat: 'Note 67 does not break the total down on one measure: its North Korean troop figure counts wounded, missing and captured (over 1.15 million), its American and other UN figures read as deaths, and it gives no Chinese figure apart from the combined PRC-DPRK loss; 1.15 million + 373,599 + 33,629 + 3,143 = 1.56 million before Chinese losses.',
  caveatKind: 'arithmetic'
},

{id: 'event-korean-war-divided-families', type: 'event',
  summary: 'The war leaves hundreds of thousands of Korean families divided between North and South',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['dprk', 'rok'],
  unit: 'divided families',
  section: 'aftereffects',
  quote: 'hundreds of thousands of divided families'
},

{id: 'event-usa-bombing-north-korea-korean-war', type: 'event',
  summary: 'American bombing campaigns cause North Korea the greater part of the war\'s human losses and material destruction',
  eventKind: 'operation', start: '1950-06-25', end: '1953-07-27',
  tone: 'divergence',
  participants: ['us-forces', 'dprk'],
  section: 'aftereffects',
  quote: 'North Korea suffered the greater part of human losses and material destruction in the war due to the American military\'s relentless bombardment campaigns.',
  alsoNotes: [0],
  alsoQuotes: ['it destroyed the peninsula\'s major cities, industries, and civilian infrastructure.']
},

{id: 'event-dprk-military-unification-failure', type: 'event',
  summary: 'The attempt at military unification fails and costs the DPRK dearly in political terms',
  eventKind: 'operation', start: '1950-06-25', end: '1953-07-27',
  tone: 'divergence',
  participants: ['dprk', 'rok'],
  section: 'aftereffects',
  quote: 'The DPRK also paid very high political costs for its adventurism and miscalculation. Military unification proved a horrific failure.'
},

{id: 'event-kpa-deaths-korean-war', type: 'event',
  summary: 'North Korean troops lose 237,686 dead in the war',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['kpa'],
  amount: 237686, unit: 'soldiers killed', qualifier: 'exact',
  section: 'aftereffects', note: 67,
  quote: 'The casualties among North Korean troops were 237,686',
  caveat: 'The note calls the 237,686 "casualties" but then adds the wounded, missing and captured to reach its total, so the figure is read as deaths.',
  caveatKind: 'interpretation'
},

{id: 'event-kpa-casualties-total-korean-war', type: 'event',
  summary: 'With wounded, missing and captured, North Korean troop losses exceed 1.15 million',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['kpa'],
  amount: 1150000, unit: 'casualties', qualifier: 'more than',
  section: 'aftereffects', note: 67,
  quote: 'together with wounded, missing, and captured the total was over 1.15 million.'
},

{id: 'event-rok-casualties-korean-war-unofficial', type: 'event',
  summary: 'Unofficial figures put South Korean casualties at 373,599',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['rok'],
  amount: 373599, unit: 'casualties', qualifier: 'exact',
  claimant: 'unofficial South Korean figures', certainty: 'reported',
  section: 'aftereffects', note: 67,
  quote: 'The unofficial South Korean casualties numbered 373,599.',
  caveat: '373,599 is the figure commonly given for South Korean civilians killed, not for all South Korean (military and civilian) casualties, which were far higher.',
  caveatKind: 'common-record'
},

{id: 'event-us-casualties-korean-war', type: 'event',
  summary: 'American casualties are reported at 33,629',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['us-forces'],
  amount: 33629, unit: 'casualties', qualifier: 'exact',
  certainty: 'reported',
  section: 'aftereffects', note: 67,
  quote: 'The American casualties were reported at 33,629 and other UN soldiers 3,143.',
  caveat: '33,629 is the long-cited count of American battle deaths; with the more than 100,000 wounded, American casualties were several times higher.',
  caveatKind: 'common-record'
},

{id: 'event-other-un-casualties-korean-war', type: 'event',
  summary: 'Casualties of the other UN contingents are reported at 3,143',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['unc'],
  amount: 3143, unit: 'casualties', qualifier: 'exact',
  certainty: 'reported',
  section: 'aftereffects', note: 67,
  quote: 'The American casualties were reported at 33,629 and other UN soldiers 3,143.',
  caveat: 'Like the American figure beside it, 3,143 reads as deaths of the non-American UN contingents, not all their casualties.',
  caveatKind: 'interpretation'
},

{id: 'event-prc-dprk-reported-losses-korean-war', type: 'event',
  summary: 'The PRC and the DPRK report combined losses of 628,000',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['prc', 'dprk'],
  amount: 628000, unit: 'casualties', qualifier: 'exact',
  claimant: 'PRC and DPRK', certainty: 'reported',
  section: 'aftereffects', note: 67,
  quote: 'The PRC and the DPRK reported combined loss of 628,000, but a UN report put that number at 1.42 million.',
  caveat: 'The same note gives over 1.15 million for North Korean troops alone, so the 628,000 "loss" must be a narrower measure (deaths?) or an undercount; the note does not say which.',
  caveatKind: 'arithmetic'
},

{id: 'event-prc-dprk-losses-korean-war-un-report', type: 'event',
  summary: 'A UN report puts the combined Chinese and North Korean losses at 1.42 million, which the article judges closer to the truth',
  eventKind: 'casualties', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['prc', 'dprk'], mentions: ['un'],
  amount: 1420000, unit: 'casualties', qualifier: 'exact',
  claimant: 'UN report', certainty: 'reported',
  section: 'aftereffects', note: 67,
  quote: 'a UN report put that number at 1.42 million. The latter was closer to the real losses of China and North Korea.',
  caveat: 'With the note\'s own over 1.15 million North Korean troop losses, 1.42 million would leave under 270,000 for China, so the measures again seem to differ.',
  caveatKind: 'arithmetic'
},

{id: 'event-dprk-population-decline-1949-1953', type: 'event',
  summary: 'North Korea\'s population falls from 9.26 million (1949) to 8.49 million (December 1953), stated as a drop of 1.13 million or 12 percent',
  eventKind: 'casualties', start: '1949', end: '1953-12',
  tone: 'neutral',
  participants: ['dprk'],
  amount: 1130000, unit: 'persons', qualifier: 'exact', share: 0.12, shareOf: 'North Korean population of 1949',
  section: 'aftereffects', note: 67,
  quote: 'The North Korean population in 1949 was 9.26 million, and in December 1953—at 8.49 million—it was 1.13 million less, a decrease of 12 percent.',
  caveat: '9.26 - 8.49 = 0.77 million, not 1.13 million; 0.77/9.26 = 8.3 percent, while 1.13/9.26 = 12.2 percent. A 1949 population of 9.62 million would fit both 1.13 million and 12 percent (11.7), so 9.26 may be a transposition; Wada p. 111 should be checked.',
  caveatKind: 'arithmetic'
},

{id: 'event-dprk-population-net-loss-1949-1953', type: 'event',
  summary: 'Allowing for a possible natural growth of 1.4 million, the article puts North Korea\'s net population loss at 2.73 million, 28.4 percent of 1949',
  eventKind: 'casualties', start: '1949', end: '1953-12',
  tone: 'neutral',
  participants: ['dprk'],
  amount: 2730000, unit: 'persons', qualifier: 'estimated', share: 0.284, shareOf: 'North Korean population of 1949',
  certainty: 'estimated',
  section: 'aftereffects', note: 67,
  quote: 'If we consider the possible natural growth of 1.4 million for four years, the net loss would be 2.73 million or 28.4 percent',
  caveat: '1.13 + 1.4 = 2.53 million, not 2.73 (with the population figures, 0.77 + 1.4 = 2.17); 2.73/9.26 = 29.5 percent, not 28.4, and 28.4 percent of 9.26 is 2.63 million. 28.4 percent fits 2.73 of 9.62 million, but even then the parts give 2.53.',
  caveatKind: 'arithmetic'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 68: wartime Socialist aid, 1950-1953
// ---------------------------------------------------------------------------------------------

{id: 'flow-socialist-countries-dprk-war-aid-1950-1953', type: 'flow',
  summary: 'Socialist aid to North Korea in cash and supplies during the war totals 1.9 billion rubles ($475 million), almost half of its wartime annual GNP',
  flowKind: 'aid', start: '1950-06-25', end: '1953-07-27',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 1900000000, unit: 'rubles', currency: 'SUR-old', usd: 475000000, qualifier: 'exact',
  share: 0.5, shareOf: 'North Korea\'s wartime annual GNP',
  aggregateOf: ['flow-prc-dprk-war-aid-1950-1953', 'flow-ussr-dprk-war-aid-1950-1953', 'flow-east-european-countries-dprk-war-aid-1950-1953'],
  section: 'aftereffects', note: 68,
  quote: 'During the war, Socialist assistance in the form of cash and supplies reached 1.9 billion rubles ($475 million)',
  alsoNotes: [68],
  alsoQuotes: ['which constituted almost half of North Korea\'s wartime annual Gross National Product (GNP).'],
  caveat: 'The parts in note 68 sum to 1.08 + 0.61 + 0.212 = 1.902 billion rubles, which the body rounds to 1.9; $475 million is 1.9 billion at 4 rubles to the dollar. "Almost half" of GNP is stored as share 0.5.',
  caveatKind: 'arithmetic'
},

{id: 'flow-prc-dprk-war-aid-1950-1953', type: 'flow',
  summary: 'China gives North Korea wartime aid worth 1.08 billion rubles',
  flowKind: 'aid', start: '1950-06-25', end: '1953-07-27',
  giver: 'prc', receiver: 'dprk',
  amount: 1080000000, unit: 'rubles', currency: 'SUR-old', qualifier: 'exact',
  section: 'aftereffects', note: 68,
  quote: 'During the war, the Chinese provided assistance worth 1.08 billion rubles'
},

{id: 'flow-ussr-dprk-war-aid-1950-1953', type: 'flow',
  summary: 'Soviet wartime aid to North Korea is estimated at 610 million rubles',
  flowKind: 'aid', start: '1950-06-25', end: '1953-07-27',
  giver: 'ussr', receiver: 'dprk',
  amount: 610000000, unit: 'rubles', currency: 'SUR-old', qualifier: 'estimated',
  certainty: 'estimated',
  section: 'aftereffects', note: 68,
  quote: 'the Soviet aid is estimated at 610 million rubles'
},

{id: 'flow-east-european-countries-dprk-war-aid-1950-1953', type: 'flow',
  summary: 'East European countries give North Korea wartime aid worth 212 million rubles',
  flowKind: 'aid', start: '1950-06-25', end: '1953-07-27',
  giver: 'east-european-countries', receiver: 'dprk',
  amount: 212000000, unit: 'rubles', currency: 'SUR-old', qualifier: 'exact',
  section: 'aftereffects', note: 68,
  quote: 'the aid from East European countries—212 million rubles.'
},

{id: 'relation-dprk-socialist-countries-wartime-integration-1950', type: 'relation',
  summary: 'Surviving the war only through tight integration into the Communist alliance, North Korea becomes briefly an integral part of the Socialist system',
  status: 'allied', start: '1950-06-25', end: '1953-07-27',
  parties: ['dprk', 'socialist-countries'],
  section: 'aftereffects',
  quote: 'with the Communist victory in China and the Korean War, North Korea became, for a brief period, an integral part of the international Socialist system.',
  alsoNotes: [0, 0, 0],
  alsoQuotes: ['The DPRK survived through securing a tight integration into the Communist alliance safety net, the foundation of the emerging Socialist system.',
               'the country\'s economy virtually halted and became entirely dependent on Socialist fraternal aid.',
               'Therefore, the enhanced Socialist integration was a largely unplanned process.']
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 69: economic output during the war (share of the 1950 level)
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-economic-output-1951', type: 'event',
  summary: 'North Korea\'s overall economic output falls in 1951 to 49 percent of its 1950 level; Socialist aid makes up part of the drop',
  eventKind: 'economic-output', start: '1951',
  tone: 'neutral',
  participants: ['dprk'], mentions: ['socialist-countries'],
  share: 0.49, shareOf: 'DPRK economic output in 1950',
  section: 'aftereffects', note: 69,
  quote: 'Overall economic output in 1951 dropped to 49 percent of the 1950 level.',
  alsoNotes: [69],
  alsoQuotes: ['The scale of aid compensated for some of the drop in economic activity during the war.']
},

{id: 'event-dprk-economic-output-1952', type: 'event',
  summary: 'The North Korean economy begins a slow recovery, reaching 56 percent of the 1950 level in 1952',
  eventKind: 'economic-output', start: '1952',
  tone: 'neutral',
  participants: ['dprk'],
  share: 0.56, shareOf: 'DPRK economic output in 1950',
  section: 'aftereffects', note: 69,
  quote: 'The economy slowly began to recover in 1952, reaching 56 percent of the 1950 level in 1952'
},

{id: 'event-dprk-economic-output-1953', type: 'event',
  summary: 'North Korea\'s economic output reaches 68 percent of the 1950 level in 1953',
  eventKind: 'economic-output', start: '1953',
  tone: 'neutral',
  participants: ['dprk'],
  share: 0.68, shareOf: 'DPRK economic output in 1950',
  section: 'aftereffects', note: 69,
  quote: 'reaching 56 percent of the 1950 level in 1952 and 68 percent in 1953.'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 70: gift trains and medical aid
// ---------------------------------------------------------------------------------------------

{id: 'flow-socialist-countries-dprk-gift-trains-war', type: 'flow',
  summary: 'More than 2,000 railway cars of gifts (medicine, food, clothing and other necessities) reach war-torn North Korea from the Socialist countries',
  flowKind: 'gifts', start: '1950-06-25', end: '1953-07-27',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 2000, unit: 'railway cars', qualifier: 'more than',
  aggregateOf: ['flow-socialist-countries-dprk-gift-trains-1951', 'flow-socialist-countries-dprk-gift-trains-1952', 'flow-socialist-countries-dprk-gift-trains-1953'],
  section: 'aftereffects', note: 70,
  quote: 'More than 2,000 railway cars carried gifts—medicine, food, clothing, and other necessities—to war-torn North Korea.',
  alsoNotes: [0],
  alsoQuotes: ['In addition, humanitarian aid from Socialist countries poured into the DPRK.'],
  caveat: 'Note 70 gives 793 (1951) + 704 (1952) = 1,497 cars plus "several hundred" in early 1953; "more than 2,000" needs over 500 in 1953 or cars from 1950, which the note does not count.',
  caveatKind: 'arithmetic'
},

{id: 'flow-socialist-countries-dprk-gift-trains-1951', type: 'flow',
  summary: 'In 1951 North Korea\'s Committee for Help receives 793 train cars of presents from the Socialist countries',
  flowKind: 'gifts', start: '1951',
  giver: 'socialist-countries', receiver: 'dprk-committee-for-help',
  amount: 793, unit: 'railway cars', qualifier: 'exact',
  claimant: 'Soviet sources', certainty: 'reported',
  section: 'aftereffects', note: 70,
  quote: 'According to Soviet sources, in 1951 North Korea\'s Committee for Help received 793 train cars of presents from all of the Socialist countries'
},

{id: 'flow-socialist-countries-dprk-gift-trains-1952', type: 'flow',
  summary: 'In 1952 the Committee for Help receives 704 cars of presents',
  flowKind: 'gifts', start: '1952',
  giver: 'socialist-countries', receiver: 'dprk-committee-for-help',
  amount: 704, unit: 'railway cars', qualifier: 'exact',
  claimant: 'Soviet sources', certainty: 'reported',
  section: 'aftereffects', note: 70,
  quote: 'in 1952 it received 704 cars'
},

{id: 'flow-socialist-countries-dprk-gift-trains-1953', type: 'flow',
  summary: 'In the first half of 1953 the Committee for Help receives several hundred more cars of presents',
  flowKind: 'gifts', start: '1953-01', end: '1953-06',
  giver: 'socialist-countries', receiver: 'dprk-committee-for-help',
  amount: 200, unit: 'railway cars', qualifier: 'at least',
  claimant: 'Soviet sources', certainty: 'reported',
  section: 'aftereffects', note: 70,
  quote: 'in the first half of 1953 another several hundred.',
  caveat: 'The note says only "several hundred"; the amount is stored as at least 200.',
  caveatKind: 'interpretation'
},

{id: 'flow-socialist-countries-dprk-medical-teams-war', type: 'flow',
  summary: 'Socialist countries equip North Korean hospitals and send medical teams during the war',
  flowKind: 'personnel', start: '1950-06-25', end: '1953-07-27',
  giver: 'socialist-countries', receiver: 'dprk',
  unit: 'medical teams',
  section: 'aftereffects',
  quote: 'Socialist countries equipped hospitals and sent medical teams.'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 71: war orphans (the flow runs with the children, from the DPRK)
// ---------------------------------------------------------------------------------------------

{id: 'flow-dprk-east-european-countries-orphans-war', type: 'flow',
  summary: 'East European countries take in and educate 1,710 North Korean orphans during the war',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'east-european-countries',
  amount: 1710, unit: 'orphans', qualifier: 'exact',
  aggregateOf: ['flow-dprk-gdr-orphans-war', 'flow-dprk-romania-orphans-war', 'flow-dprk-bulgaria-orphans-war', 'flow-dprk-hungary-orphans-war', 'flow-dprk-poland-orphans-war'],
  section: 'aftereffects', note: 71,
  quote: 'East European countries accepted and educated 1,710 North Korean orphans during the war'
},

{id: 'flow-dprk-gdr-orphans-war', type: 'flow',
  summary: 'East Germany takes in 610 North Korean orphans',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'gdr',
  amount: 610, unit: 'orphans', qualifier: 'exact',
  section: 'aftereffects', note: 71,
  quote: 'East Germany accepted 610 orphans',
  caveat: 'The note gives no dates; the period is the body\'s "during the war", though its GDR source covers 1950-1954.',
  caveatKind: 'period'
},

{id: 'flow-dprk-romania-orphans-war', type: 'flow',
  summary: 'Romania takes in 500 North Korean orphans',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'romania',
  amount: 500, unit: 'orphans', qualifier: 'exact',
  section: 'aftereffects', note: 71,
  quote: 'East Germany accepted 610 orphans, Romania, 500'
},

{id: 'flow-dprk-bulgaria-orphans-war', type: 'flow',
  summary: 'Bulgaria takes in 200 North Korean orphans',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'bulgaria',
  amount: 200, unit: 'orphans', qualifier: 'exact',
  section: 'aftereffects', note: 71,
  quote: 'Bulgaria, Hungary, and Poland each accepted 200 children.'
},

{id: 'flow-dprk-hungary-orphans-war', type: 'flow',
  summary: 'Hungary takes in 200 North Korean orphans',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'hungary',
  amount: 200, unit: 'orphans', qualifier: 'exact',
  section: 'aftereffects', note: 71,
  quote: 'Bulgaria, Hungary, and Poland each accepted 200 children.'
},

{id: 'flow-dprk-poland-orphans-war', type: 'flow',
  summary: 'Poland takes in 200 North Korean orphans',
  flowKind: 'orphans', start: '1950-06-25', end: '1953-07-27',
  giver: 'dprk', receiver: 'poland',
  amount: 200, unit: 'orphans', qualifier: 'exact',
  section: 'aftereffects', note: 71,
  quote: 'Bulgaria, Hungary, and Poland each accepted 200 children.'
},

{id: 'flow-dprk-prc-orphans-postwar', type: 'flow',
  summary: 'China takes in more than 22,000 North Korean orphans after the war',
  flowKind: 'orphans', start: '1953-07-27', end: '1950s',
  giver: 'dprk', receiver: 'prc',
  amount: 22000, unit: 'orphans', qualifier: 'more than',
  section: 'aftereffects', note: 71,
  quote: 'while China received more than 22,000 orphans after the conflict.',
  caveat: 'The article says only "after the conflict"; the period starts at the Armistice and is bounded by the decade. Note 71 documents only the East European figures.',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 72: Chinese and North Korean forces
// ---------------------------------------------------------------------------------------------

{id: 'flow-cpva-dprk-troops-armistice-1953', type: 'flow',
  summary: 'At the Armistice China has 1.35 million soldiers in North Korea',
  flowKind: 'troops', start: '1953-07-27',
  giver: 'cpva', receiver: 'dprk',
  amount: 1350000, unit: 'soldiers', qualifier: 'exact',
  section: 'aftereffects', note: 72,
  quote: 'China had 1.35 million soldiers in North Korea, in addition to the 450,000 troops of the KPA.',
  caveat: 'Note 72 does not give this figure: it gives the Chinese forces in Korea as of April 1951, 950,000 soldiers (flow-cpva-dprk-troops-1951-04), not the 1.35 million of July 1953.',
  caveatKind: 'citation'
},

{id: 'event-kpa-strength-armistice-1953', type: 'event',
  summary: 'The Korean People\'s Army numbers 450,000 troops at the Armistice',
  eventKind: 'force-strength', start: '1953-07-27',
  tone: 'neutral',
  participants: ['kpa'],
  amount: 450000, unit: 'soldiers', qualifier: 'exact',
  section: 'aftereffects', note: 72,
  quote: 'China had 1.35 million soldiers in North Korea, in addition to the 450,000 troops of the KPA.',
  caveat: 'Note 72 gives only Chinese forces, as of April 1951; it has no figure for the KPA.',
  caveatKind: 'citation'
},

{id: 'flow-cpva-dprk-troops-1951-04', type: 'flow',
  summary: 'In April 1951 China has 950,000 soldiers in Korea: sixteen field armies, seven artillery and four anti-aircraft divisions, four tank brigades and nine air squadrons',
  flowKind: 'troops', start: '1951-04',
  giver: 'cpva', receiver: 'dprk', mentions: ['pla-air-force'],
  amount: 950000, unit: 'soldiers', qualifier: 'exact',
  section: 'aftereffects', note: 72,
  quote: 'four tank brigades, nine air squadrons, and a total of 950,000 soldiers.'
},

{id: 'flow-cpva-dprk-divisions-1951-04', type: 'flow',
  summary: 'The sixteen Chinese field armies in Korea in April 1951 are given as 147 divisions, combat and reserve',
  flowKind: 'troops', start: '1951-04',
  giver: 'cpva', receiver: 'dprk',
  amount: 147, unit: 'divisions', qualifier: 'exact',
  section: 'aftereffects', note: 72,
  quote: 'As of April 1951, on the Korean peninsula there were sixteen Chinese field armies with 147 divisions (combat and reserve)',
  caveat: 'A Chinese field army (jun) then had three divisions, so sixteen armies make about 48; 147 divisions (over nine per army, about 6,500 men each of 950,000) looks like a slip, perhaps for 47.',
  caveatKind: 'common-record'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, no note: the cost of integration, nationalism, purges and mobilization
// ---------------------------------------------------------------------------------------------

{id: 'dispute-dprk-communist-allies-wartime-dependency', type: 'dispute',
  summary: 'North Korea\'s wartime conflicts with its Communist allies and the humiliation of dependency lay the ground for self-reliance (chuch\'e)',
  topic: 'wartime dependency and sovereignty', severity: 'major', start: '1950-06-25', end: '1953-07-27',
  parties: ['dprk', 'ussr', 'prc'], dyads: ['dprk/ussr', 'dprk/prc'],
  section: 'aftereffects',
  quote: 'its foundation was laid as a result of North Korean conflicts with Communist allies during the war.',
  alsoNotes: [0, 0, 0],
  alsoQuotes: ['Wartime integration was tantamount to a loss of sovereignty, and efforts to regain autonomy after the war greatly impacted the DPRK\'s domestic and foreign policies.',
               'The humiliation of wartime military, political, and economic dependency strengthened the nationalistic bent in North Korean leaders\' thinking.',
               'The war gave birth to self-reliance ideas.']
},

{id: 'event-partisans-north-korea-first-approach', type: 'event',
  summary: 'Kim Il Sung and his guerrilla comrades use a "North Korea-first" line to consolidate the partisans\' power',
  eventKind: 'campaign', start: '1950-06-25', end: '1956',
  tone: 'neutral',
  participants: ['kim-il-sung', 'partisan-group'],
  section: 'aftereffects',
  quote: 'The North Korea-first approach, propagated by Kim Il Sung and his guerrilla comrades, served as a vehicle for the consolidation',
  caveat: 'The article gives no dates; the period runs from the war, which it credits with the approach, to the 1956 turning point it names next.',
  caveatKind: 'period'
},

{id: 'event-kwp-postwar-purges-1953', type: 'event',
  summary: 'Purges in the wake of the war strengthen Kim Il Sung\'s grip on power',
  eventKind: 'purge', start: '1953', end: '1956',
  tone: 'neutral',
  participants: ['kim-il-sung', 'kwp'],
  section: 'aftereffects',
  quote: 'The purges, in the wake of the war, strengthened Kim\'s grip on power.',
  caveat: 'The article gives no dates or victims here; "in the wake of the war" is taken as 1953 to the 1956 intensification it names next.',
  caveatKind: 'period'
},

{id: 'event-kwp-purges-intensify-after-destalinization-1956', type: 'event',
  summary: 'The purges intensify after the failed attempt at de-Stalinization in 1956',
  eventKind: 'purge', start: '1956', end: '..',
  tone: 'neutral',
  participants: ['kim-il-sung', 'kwp'],
  section: 'aftereffects',
  quote: 'The process intensified after the failed attempt at de-Stalinization in 1956.'
},

{id: 'event-dprk-wartime-socialization-collectivization', type: 'event',
  summary: 'The war speeds up North Korea\'s socialization, the "purification" of the KWP and the start of agricultural collectivization',
  eventKind: 'campaign', start: '1950-06-25', end: '1953-07-27',
  tone: 'neutral',
  participants: ['kwp'],
  section: 'aftereffects',
  quote: 'the war also accelerated the socialization of North Korea, the "purification" of the Korean Workers\' Party, and the beginning of collectivization in agriculture.'
},

{id: 'event-dprk-prc-parallel-mobilization-war', type: 'event',
  summary: 'North Korea\'s wartime revolutionary mobilization parallels China\'s campaigns and eases DPRK-PRC integration',
  eventKind: 'campaign', start: '1950-06-25', end: '1953-07-27',
  tone: 'integration',
  participants: ['dprk', 'prc'],
  section: 'aftereffects',
  quote: 'The wartime revolutionary mobilization in North Korea paralleled mobilization campaigns in China, which facilitated the integration process between the DPRK and the PRC.'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, no note: the war and the Socialist system
// ---------------------------------------------------------------------------------------------

{id: 'relation-ussr-prc-war-tested-alliance-1950', type: 'relation',
  summary: 'The Korean War tests and strengthens the Sino-Soviet alliance, linking the European and Asian parts of the Socialist world',
  status: 'allied', start: '1950-06-25', end: '1953-07-27',
  parties: ['ussr', 'prc'],
  section: 'aftereffects',
  quote: 'The Korean War connected the European and Asian parts of the Socialist world by testing and strengthening the Sino-Soviet alliance.'
},

{id: 'relation-dprk-socialist-countries-loose-before-1949', type: 'relation',
  summary: 'Before 1949 the DPRK is only loosely part of the Soviet system',
  status: 'normal', start: '1948-09-09', end: '1948',
  parties: ['dprk', 'socialist-countries'], mentions: ['ussr'],
  certainty: 'speculated',
  section: 'aftereffects',
  quote: 'Before 1949, the DPRK was only loosely a part of the Soviet system',
  caveat: '"Only loosely a part" is read as normal: a member of the Soviet system, not integrated into it. The birth section speaks of integration under the occupation; the period starts with the DPRK.',
  caveatKind: 'interpretation'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, no note (aid figures in note 73): reconstruction and integration, 1953-1956
// ---------------------------------------------------------------------------------------------

{id: 'relation-dprk-socialist-countries-reconstruction-1953', type: 'relation',
  summary: 'Postwar reconstruction draws North Korea further into the Socialist orbit; the Three-Year Plan marks the height of its integration',
  status: 'allied', start: '1953-07-27', end: '1956',
  parties: ['dprk', 'socialist-countries'],
  section: 'aftereffects',
  quote: 'The reconstruction continued to draw North Korea into the gravitational pull of the international Socialist orbit.',
  alsoNotes: [0],
  alsoQuotes: ['can be defined as the height of the country\'s economic integration into the international Socialist economy.'],
  caveat: 'The end is the close of the Three-Year Plan and the 1956 turning point; the article gives no single date for the end of this phase.',
  caveatKind: 'period'
},

{id: 'relation-dprk-ussr-reconstruction-1953', type: 'relation',
  summary: 'Soviet aid keeps flowing after the war and plays a major role in North Korea\'s reconstruction and in rebuilding the KPA',
  status: 'allied', start: '1953-07-27', end: '1955-11',
  parties: ['dprk', 'ussr'],
  certainty: 'speculated',
  section: 'aftereffects',
  quote: 'The Soviet and other Socialist countries\' aid continued to flow after the war and played a major role in North Korea\'s economic reconstruction.',
  caveat: 'The article judges integration, not the bilateral tie as such, and there was no Soviet-North Korean treaty before 1961; "allied" is read from the integration it describes. It ends before Kim\'s speech of December 1955, where the article\'s divergence begins.',
  caveatKind: 'interpretation'
},

{id: 'relation-dprk-prc-postwar-tensions-1953', type: 'relation',
  summary: 'DPRK-PRC ties stay close through aid and the CPVA\'s reconstruction work, but the CPVA\'s wartime role and continued presence cause political tensions',
  status: 'close', start: '1953-07-27', end: '1955',
  parties: ['dprk', 'prc'],
  certainty: 'speculated',
  section: 'aftereffects',
  quote: 'its continued presence in the DPRK after the conflict created political tensions between the DPRK and Chinese governments.',
  alsoNotes: [73],
  alsoQuotes: ['the Chinese troops stationed in North Korea participated in numerous efforts toward the reconstruction of infrastructure, housing, and industry projects.'],
  caveat: 'The article names tensions inside a working alliance, so the tie is stored as close, not allied or strained; it ends where the divergence section judges 1956 strained.',
  caveatKind: 'interpretation'
},

{id: 'dispute-dprk-prc-cpva-presence-1953', type: 'dispute',
  summary: 'The CPVA\'s decisive wartime role and its continued presence in North Korea after the war create political tensions between Pyongyang and Beijing',
  topic: 'Chinese troops in North Korea', severity: 'minor', start: '1953-07-27', end: '1958-10',
  parties: ['dprk', 'prc'], mentions: ['cpva'],
  section: 'aftereffects',
  quote: 'The decisive role of the CPVA during the war and its continued presence in the DPRK after the conflict created political tensions',
  caveat: 'The article gives no end here; the period is taken to the CPVA\'s withdrawal in October 1958 (common record).',
  caveatKind: 'period'
},

{id: 'relation-dprk-east-european-countries-third-pillar-1953', type: 'relation',
  summary: 'East European aid makes Eastern Europe a significant third pillar of North Korea\'s cooperation and integration, linking the two halves of the Socialist world',
  status: 'close', start: '1953-07-27', end: '1959',
  parties: ['dprk', 'east-european-countries'],
  section: 'aftereffects',
  quote: 'thus constituting a significant third pillar in North Korea\'s international cooperation and integration.',
  alsoNotes: [0],
  alsoQuotes: ['East European aid to North Korea played a significant role in connecting the Western and Eastern parts of the Socialist world'],
  caveat: 'The article says "in the 1950s" of a passage on postwar reconstruction, so the period runs from the Armistice to the end of the decade.',
  caveatKind: 'period'
},

{id: 'flow-east-european-countries-dprk-aid-share-1950s', type: 'flow',
  summary: 'Eastern Europe\'s aid is said to make up more than a quarter of all aid to the DPRK in the 1950s',
  flowKind: 'aid', start: '1950s', end: '1950s',
  giver: 'east-european-countries', receiver: 'dprk',
  share: 0.25, qualifier: 'more than', shareOf: 'total aid to the DPRK in the 1950s',
  section: 'aftereffects',
  quote: 'Collectively, aid from this region constituted more than a quarter of the DPRK\'s total aid in the 1950s',
  alsoNotes: [73],
  alsoQuotes: ['East European countries provided 1.41 billion rubles ($353 million) in assistance.'],
  caveat: 'By note 73, Eastern Europe gave 1.41 of 5.78 billion rubles in 1954-1961 (24.4 percent; $353 of $1,450 million, 24.3 percent); with wartime aid (note 68) 1.622 of 7.68 billion, 21.1 percent. Either way less than a quarter.',
  caveatKind: 'arithmetic'
},

{id: 'flow-ussr-kpa-military-aid-postwar', type: 'flow',
  summary: 'The KPA is rebuilt and strengthened after the war mostly with Soviet and Chinese military aid; here the Soviet share',
  flowKind: 'arms', start: '1953-07-27', end: '1961',
  giver: 'ussr', receiver: 'kpa',
  section: 'aftereffects',
  quote: 'The KPA was rebuilt and strengthened through military aid, mostly from the Soviet Union and China.',
  caveat: 'The article gives no dates; the period is taken to match the 1954-1961 aid figures, which include military aid (note 73).',
  caveatKind: 'period'
},

{id: 'flow-prc-kpa-military-aid-postwar', type: 'flow',
  summary: 'The KPA is rebuilt and strengthened after the war mostly with Soviet and Chinese military aid; here the Chinese share',
  flowKind: 'arms', start: '1953-07-27', end: '1961',
  giver: 'prc', receiver: 'kpa',
  section: 'aftereffects',
  quote: 'The KPA was rebuilt and strengthened through military aid, mostly from the Soviet Union and China.',
  caveat: 'The article gives no dates; the period is taken to match the 1954-1961 aid figures, which include military aid (note 73).',
  caveatKind: 'period'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, no note / note 73: the plans and Socialist aid, 1954-1961
// ---------------------------------------------------------------------------------------------

{id: 'event-dprk-three-year-plan-1954-1956', type: 'event',
  summary: 'North Korea\'s Three-Year Reconstruction Plan marks the height of its economic integration into the Socialist economy',
  eventKind: 'campaign', start: '1954', end: '1956',
  tone: 'integration',
  participants: ['dprk'], mentions: ['socialist-countries'], dyads: ['dprk/socialist-countries'],
  section: 'aftereffects',
  quote: 'The Three-Year Reconstruction Plan (1954–1956) in North Korea can be defined as the height of the country\'s economic integration into the international Socialist economy.'
},

{id: 'event-dprk-five-year-plan-1957-1961', type: 'event',
  summary: 'The Five Year Plan brings a gradual shift from aid to trade and loans in North Korea\'s exchanges with the Socialist countries',
  eventKind: 'campaign', start: '1957', end: '1961',
  tone: 'neutral',
  participants: ['dprk'], mentions: ['socialist-countries'], dyads: ['dprk/socialist-countries'],
  section: 'aftereffects',
  quote: 'The Five Year Plan (1957–1961) marked the gradual transition from aid to trade and loans in North Korea\'s economic exchanges with other Socialist countries.',
  caveat: 'The plan\'s nominal span was 1957-1961, but it was declared fulfilled ahead of time, 1960 became a "buffer" year and the Seven-Year Plan began in 1961 (common record).',
  caveatKind: 'common-record'
},

{id: 'flow-socialist-countries-dprk-aid-1954-1961', type: 'flow',
  summary: 'Economic and military aid to the DPRK, loans included, reaches 5.78 billion rubles ($1.45 billion) between 1954 and 1961',
  flowKind: 'aid', start: '1954', end: '1961',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 5780000000, unit: 'rubles', currency: 'SUR-old', usd: 1450000000, qualifier: 'exact',
  aggregateOf: ['flow-ussr-dprk-aid-1954-1961', 'flow-prc-dprk-aid-1954-1961', 'flow-east-european-countries-dprk-aid-1954-1961'],
  section: 'aftereffects',
  quote: 'In the period between 1954 and 1961, economic and military aid to the DPRK reached 5.78 billion rubles ($1.45 billion).',
  alsoNotes: [73],
  alsoQuotes: ['During this period Soviet economic and military aid is estimated at 2.56 billion rubles ($640 million)'],
  caveat: 'Parts (note 73): 2.56 + 1.808 + 1.41 = 5.778 billion rubles and $640 + $452 + $353 = $1,445 million, matching the rounded totals; all dollar figures use 4 rubles to the dollar, i.e. old rubles, although 1961 falls after the redenomination.',
  caveatKind: 'arithmetic'
},

{id: 'flow-ussr-dprk-aid-1954-1961', type: 'flow',
  summary: 'Soviet economic and military aid to the DPRK in 1954-1961 is estimated at 2.56 billion rubles ($640 million)',
  flowKind: 'aid', start: '1954', end: '1961',
  giver: 'ussr', receiver: 'dprk',
  amount: 2560000000, unit: 'rubles', currency: 'SUR-old', usd: 640000000, qualifier: 'estimated',
  certainty: 'estimated',
  section: 'aftereffects', note: 73,
  quote: 'During this period Soviet economic and military aid is estimated at 2.56 billion rubles ($640 million)'
},

{id: 'flow-prc-dprk-aid-1954-1961', type: 'flow',
  summary: 'Chinese aid to the DPRK in 1954-1961 is 1.808 billion rubles ($452 million)',
  flowKind: 'aid', start: '1954', end: '1961',
  giver: 'prc', receiver: 'dprk',
  amount: 1808000000, unit: 'rubles', currency: 'SUR-old', usd: 452000000, qualifier: 'exact',
  section: 'aftereffects', note: 73,
  quote: 'while aid from China was 1.808 billion rubles ($452 million).'
},

{id: 'flow-east-european-countries-dprk-aid-1954-1961', type: 'flow',
  summary: 'East European countries give the DPRK 1.41 billion rubles ($353 million) of aid in 1954-1961',
  flowKind: 'aid', start: '1954', end: '1961',
  giver: 'east-european-countries', receiver: 'dprk',
  amount: 1410000000, unit: 'rubles', currency: 'SUR-old', usd: 353000000, qualifier: 'exact',
  section: 'aftereffects', note: 73,
  quote: 'East European countries provided 1.41 billion rubles ($353 million) in assistance.'
},

{id: 'flow-socialist-countries-dprk-loans-pardoned-1954-1961', type: 'flow',
  summary: 'The 1954-1961 aid includes loans, most of which are later pardoned',
  flowKind: 'loan', start: '1954', end: '1961',
  giver: 'socialist-countries', receiver: 'dprk',
  section: 'aftereffects',
  quote: 'The amount included loans, most of which were pardoned.'
},

{id: 'flow-socialist-countries-dprk-industrial-sites-1954-1961', type: 'flow',
  summary: 'Socialist economic aid helps North Korea repair or build ninety industrial sites, about a fifth of all its reconstructed or new plants',
  flowKind: 'aid', start: '1954', end: '1961',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 90, unit: 'industrial sites', qualifier: 'exact', share: 0.2, shareOf: 'all reconstructed or newly built plants and facilities in the DPRK',
  section: 'aftereffects',
  quote: 'The economic assistance helped North Korea repair or build ninety industrial sites, which constituted roughly one-fifth of all reconstructed or newly built plants'
},

{id: 'event-dprk-economic-growth-late-1950s', type: 'event',
  summary: 'Helped by its integration into the Socialist system, the North Korean economy grows 20 to 30 percent a year in the late 1950s',
  eventKind: 'economic-output', start: '1955', end: '1959',
  tone: 'neutral',
  participants: ['dprk'], mentions: ['socialist-countries'],
  amount: 20, unit: 'percent annual growth (20 to 30)', qualifier: 'at least',
  section: 'aftereffects',
  quote: 'the economy grew at annual rates between 20 and 30 percent in the second half of the 1950s.',
  alsoNotes: [0],
  alsoQuotes: ['North Korea\'s integration into the Socialist system in the 1950s helped the economy quickly recover after the war']
},

{id: 'flow-usa-rok-aid-1950s', type: 'flow',
  summary: 'South Korea receives massive American aid in the 1950s, mostly supplies rather than industrial projects, unlike the North',
  flowKind: 'aid', start: '1950s', end: '1950s',
  giver: 'usa', receiver: 'rok', mentions: ['dprk'],
  section: 'aftereffects',
  quote: 'South Korea received massive American aid, but the aid was mostly in the form of supplies, rather than industrial projects which would develop the economy.'
},

// ---------------------------------------------------------------------------------------------
// AFTEREFFECTS, note 73: trade, specialists, trainees, students, Chinese troops' work
// ---------------------------------------------------------------------------------------------

{id: 'flow-dprk-foreign-trade-1954', type: 'flow',
  summary: 'North Korea\'s foreign trade volume is near 600 million rubles ($150 million) in 1954',
  flowKind: 'trade', start: '1954',
  parties: ['dprk'],
  amount: 600000000, unit: 'rubles', currency: 'SUR-old', usd: 150000000, qualifier: 'nearly',
  section: 'aftereffects', note: 73,
  quote: 'North Korea\'s foreign trade volume was near 600 million rubles ($150 million) in 1954',
  caveat: 'The note gives the DPRK\'s total foreign trade, with no partner; no partner is named, so the fact has no dyad (the Socialist countries are not the whole of it).',
  caveatKind: 'interpretation'
},

{id: 'flow-dprk-foreign-trade-1961', type: 'flow',
  summary: 'North Korea\'s foreign trade volume exceeds 1.1 billion rubles ($275 million) in 1961, virtually double that of 1954',
  flowKind: 'trade', start: '1961',
  parties: ['dprk'],
  amount: 1100000000, unit: 'rubles', currency: 'SUR-old', usd: 275000000, qualifier: 'more than',
  section: 'aftereffects', note: 73,
  quote: 'exceeded 1.1 billion rubles ($275 million) in 1961.',
  alsoNotes: [73],
  alsoQuotes: ['Between 1954 and 1961 North Korea\'s foreign trade volume virtually doubled.'],
  caveat: 'From January 1961 new rubles (10 old = 1 new, 0.9 to the dollar) replaced the old; $275 million is 1.1 billion at the old rate of 4, so the figure is in old rubles or converted at the old rate (1.1 billion new rubles would be about $1.2 billion). 1.1/0.6 = 1.83, "virtually doubled". The note gives total foreign trade with no partner (the DPRK also traded with Japan in 1961), so the fact has no dyad.',
  caveatKind: 'arithmetic'
},

{id: 'flow-socialist-countries-dprk-specialists-1950s', type: 'flow',
  summary: 'Socialist countries send more than 5,000 specialists to the DPRK in the 1950s, who also train North Koreans at the industrial sites',
  flowKind: 'specialists', start: '1950s', end: '1950s',
  giver: 'socialist-countries', receiver: 'dprk',
  amount: 5000, unit: 'specialists', qualifier: 'more than',
  section: 'aftereffects', note: 73,
  quote: 'Socialist countries sent more than 5,000 specialists to the DPRK in the 1950s',
  alsoNotes: [73],
  alsoQuotes: ['Foreign specialists trained North Koreans at the industrial sites in the DPRK as well.']
},

{id: 'flow-dprk-socialist-countries-trainees-1950s', type: 'flow',
  summary: '7,837 North Korean workers and technicians go to fraternal countries for training, mainly in production operations',
  flowKind: 'trainees', start: '1950s', end: '1950s',
  giver: 'dprk', receiver: 'socialist-countries',
  amount: 7837, unit: 'workers and technicians', qualifier: 'exact',
  section: 'aftereffects', note: 73,
  quote: '7,837 North Korean workers and technicians traveled to fraternal countries for training (mainly in production process operations).'
},

{id: 'flow-dprk-socialist-countries-students-1950s', type: 'flow',
  summary: 'North Korea sends 4,200 students to study in the Socialist countries',
  flowKind: 'students', start: '1950s', end: '1950s',
  giver: 'dprk', receiver: 'socialist-countries',
  amount: 4200, unit: 'students', qualifier: 'exact',
  section: 'aftereffects', note: 73,
  quote: 'North Korea sent 4,200 students to study in the Socialist countries',
  caveat: 'The sentence has no date; the period is the 1950s of the sentences around it.',
  caveatKind: 'period'
},

{id: 'flow-dprk-socialist-countries-academic-exchange-1950s', type: 'flow',
  summary: 'Many North Korean scientists and engineers take part in academic exchanges with the Socialist countries',
  flowKind: 'personnel', start: '1950s', end: '1950s',
  giver: 'dprk', receiver: 'socialist-countries',
  unit: 'scientists and engineers',
  section: 'aftereffects', note: 73,
  quote: 'many scientists and engineers took part in academic exchange programs.',
  caveat: 'The sentence has no date and does not say exchanges ran one way; the period is the 1950s of the sentences around it.',
  caveatKind: 'period'
},

{id: 'flow-cpva-dprk-reconstruction-work-postwar', type: 'flow',
  summary: 'Chinese troops stationed in North Korea help rebuild infrastructure, housing and industry',
  flowKind: 'aid', start: '1953-07-27', end: '1958-10',
  giver: 'cpva', receiver: 'dprk',
  section: 'aftereffects', note: 73,
  quote: 'the Chinese troops stationed in North Korea participated in numerous efforts toward the reconstruction of infrastructure, housing, and industry projects.',
  caveat: 'The article gives no dates; the period runs from the Armistice to the CPVA\'s withdrawal in October 1958 (common record).',
  caveatKind: 'period'
}
] AS fact
MERGE (f:Fact {id: fact.id})
SET f:$({role: 'Role', treaty: 'Treaty', flow: 'Flow', dispute: 'Dispute', event: 'Event', relation: 'Relation'}[fact.type]),
    f += fact;
