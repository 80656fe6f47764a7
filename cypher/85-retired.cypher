// Alliance Graph: fact ids that a dataset version retired. A user who cited one of these ids
// finds here the version that retired it, why, and the fact that now holds its evidence
// (replacedBy). GET /api/facts/{id} and `fact <id>` answer such an id with 410 Gone and these
// fields. The full list of changes, old and new, is seeds/changelog-0.2.0.md.

UNWIND [
  // Relation statuses that the article's words do not give (0.2.0)
  {id: 'relation-dprk-japan-trade-1961', version: '0.2.0', replacedBy: 'flow-dprk-japan-third-trading-partner-1969',
   reason: 'The article judges only trade with Japan, not the relationship: the status is gone and the passage is a trade flow.'},
  {id: 'relation-dprk-ussr-divergence-1957', version: '0.2.0', replacedBy: 'dispute-dprk-ussr-soviet-model-1958',
   reason: 'The article dates the tilt to China to the 1960s; the departure from the Soviet model is a dispute, not a cool relation.'},
  {id: 'relation-dprk-prc-courted-1958', version: '0.2.0', replacedBy: 'dispute-prc-ussr-competition-for-dprk-1958',
   reason: 'The article tells of two patrons competing for the DPRK in 1957-1961, not of a close tie to China; its quotes moved to the competition and to the grain aid of 1960.'},
  {id: 'relation-dprk-ussr-ideological-divergence-1955', version: '0.2.0', replacedBy: 'event-kim-chuche-speech-1955',
   reason: 'The article says the DPRK was still too dependent to risk a divergent course; the passage stays with the 1955 speech.'},
  {id: 'relation-dprk-prc-strained-1965', version: '0.2.0', replacedBy: 'relation-dprk-prc-frozen-1966',
   reason: 'The article dates no deterioration before the recall of ambassadors in 1966.'},
  {id: 'relation-dprk-prc-crisis-1966', version: '0.2.0', replacedBy: 'relation-dprk-prc-frozen-1966',
   reason: 'Recalled ambassadors and no normalization read as frozen; the article keeps "crisis" for Bulgaria.'},
  {id: 'relation-ussr-ccp-ambivalence-1945', version: '0.2.0', replacedBy: 'dispute-ussr-ccp-titoism-suspicions-1945',
   reason: 'The article tells of Stalin\'s suspicions, not a cool relation: a dispute.'},
  {id: 'relation-ussr-usa-prolonged-war-1951', version: '0.2.0', replacedBy: 'dispute-ussr-usa-prolonged-war-1951',
   reason: 'The passage stresses that Moscow avoided confrontation with the United States: a dispute, not a hostile relation.'},
  {id: 'relation-dprk-gdr-cool-1963', version: '0.2.0', replacedBy: 'dispute-dprk-gdr-sed-congress-1963',
   reason: 'The article reports different positions at the SED congress and grades the tie no further; the quote moved to the dispute.'},
  {id: 'relation-prc-usa-threat-1950', version: '0.2.0', replacedBy: 'dispute-prc-usa-next-target-1950',
   reason: 'A perception of threat is a dispute, not a relation status the article gives.'},
  // One event told twice (0.2.0)
  {id: 'role-stoichkov-bulgarian-ambassador-dprk-1963', version: '0.2.0', replacedBy: 'role-stoichkov-first-secretary-dprk-1963',
   reason: 'One report whose author the notes title differently: one role, with a caveat on the two titles.'},
  {id: 'flow-dprk-bulgaria-four-students-1962', version: '0.2.0', replacedBy: 'dispute-dprk-bulgaria-four-students-1962',
   reason: 'The four students are the cause of the crisis, not an exchange of students: no flow of their own.'}
] AS retired
MERGE (r:Retired {id: retired.id})
SET r += retired;
