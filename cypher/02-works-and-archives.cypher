// Alliance Graph: the second tier of provenance for the source 'agov-2013'. What the article's
// 114 endnotes cite: the archives (and the CWIHP collection), the secondary works of the
// bibliography and those cited only in the notes, and the archival documents; then which note
// cites what.
//
// Conventions:
// - (:Note)-[:CITES {pages}]->(:Work | :Document). `pages` are the pages the note gives.
//   When a note cites a document (or a newspaper item) "cited in" a secondary work, the note
//   CITES the document, `pagesIn` names the work those pages belong to, and the document is
//   (:Document)-[:CITED_IN {pages}]->(:Work), with all the pages of that work the notes give for
//   it. `leaves` are the document's own pages when the note gives both. `ibid: true` marks an
//   "Ibid." note, resolved to what the note before it cites.
// - Documents keep `references` and `title` as the note gives them. Where the note is wrong or
//   doubtful, `caveat` says so in our words (`referencesLikely`, `dateLikely`, `archiveAsCited`
//   keep the evidence), and the citing Note gets the same `caveat`.
// - `author` of a work is text only: no Actor nodes. 'not given' means the article names none.
// Needs 01-sources.cypher (the Note nodes) first.

// ---------------------------------------------------------------------------------------------
// Archives, and CWIHP, a collection that republishes documents
// ---------------------------------------------------------------------------------------------

UNWIND [
  {id: 'amvrb', short: 'AMVRB', kind: 'archive', country: 'Bulgaria',
   name: 'Archive of the Bulgarian Foreign Ministry',
   description: 'Archive of the Ministry of Foreign Affairs of Bulgaria (Sofia); reports of the Bulgarian embassy in P\'yŏngyang'},
  {id: 'cfma', short: 'CFMA', kind: 'archive', country: 'China',
   name: 'Foreign Ministry Archive of the PRC',
   description: 'Archive of the Ministry of Foreign Affairs of the People\'s Republic of China (Beijing)'},
  {id: 'pa-mfaa', short: 'PA MfAA', kind: 'archive', country: 'East Germany',
   name: 'Political Archive of the German Foreign Office: records of the GDR Ministry of Foreign Affairs (MfAA)',
   description: 'The GDR foreign ministry\'s records, held today by the Political Archive of the German Federal Foreign Office (Berlin)',
   caveat: 'The article\'s list of abbreviations glosses PA MfAA as "Political Archive of German Foreign Ministry" without saying that MfAA is the GDR\'s foreign ministry.',
   caveatKind: 'citation'},
  {id: 'rgani', short: 'RGANI', kind: 'archive', country: 'Russia (Soviet records)',
   name: 'Russian State Archive of Contemporary History',
   description: 'Rossiiskii gosudarstvennyi arkhiv noveishei istorii (Moscow): records of the CPSU Central Committee after 1952; glossed correctly in the article\'s list of abbreviations and in note 78'},
  {id: 'aprf', short: 'APRF', kind: 'archive', country: 'Russia (Soviet records)',
   name: 'Presidential Archive of the Russian Federation',
   description: 'Archive of the President of the Russian Federation (Moscow): the Kremlin leadership\'s most sensitive records',
   caveat: 'Missing from the article\'s list of abbreviations; spelled out only in note 38, after notes 21, 22 and 26 use it; misspelled "APRE" in note 37 and "ARPF" in note 44.',
   caveatKind: 'citation'},
  {id: 'avprf', short: 'AVPRF', kind: 'archive', country: 'Russia (Soviet records)',
   name: 'Archive of Foreign Policy of the Russian Federation',
   description: 'Arkhiv vneshnei politiki Rossiiskoi Federatsii (Moscow): records of the Soviet Ministry of Foreign Affairs; fond 0102 is its Korea desk',
   caveat: 'Missing from the article\'s list of abbreviations and never spelled out (note 100).',
   caveatKind: 'citation'},
  {id: 'anic', short: 'ANIC', kind: 'archive', country: 'Romania',
   name: 'Romanian National Archives (Central Historical National Archives)',
   description: 'Arhivele Naționale Istorice Centrale (Bucharest): records of the Romanian Communist Party Central Committee',
   caveat: 'Missing from the article\'s list of abbreviations and never spelled out (note 109).',
   caveatKind: 'citation'},
  {id: 'cwihp', short: 'CWIHP', kind: 'collection', country: 'international',
   name: 'Cold War International History Project, Woodrow Wilson International Center for Scholars',
   description: 'A project in Washington, DC that translates and republishes documents from many archives (Bulletin, Digital Archive); not itself an archive',
   caveat: 'The article\'s list of abbreviations counts CWIHP among "archival sources"; it republishes documents held elsewhere.',
   caveatKind: 'citation'}
] AS row
MERGE (a:Archive {id: row.id})
SET a += row;

// ---------------------------------------------------------------------------------------------
// Works of the article's bibliography (40 entries). Titles as the article gives them, with its
// translations in titleEnglish; corrections go to caveat.
// ---------------------------------------------------------------------------------------------

UNWIND [
  {id: 'agov-2010', kind: 'thesis', author: 'Avram Agov',
   title: 'North Korea in the Socialist World: Integration and Divergence, 1945–1970',
   year: 2010, publisher: 'University of British Columbia (PhD dissertation)', place: 'Vancouver',
   caveat: 'The article\'s author note gives the thesis title as "North Korea and the Socialist World: Integration and Divergence, 1945–1970"; notes 68, 73, 113 and the bibliography say "in the Socialist World".',
   caveatKind: 'citation'},
  {id: 'armstrong-2002', kind: 'book', author: 'Charles Armstrong',
   title: 'The North Korean Revolution, 1945–1950',
   year: 2002, publisher: 'Cornell University Press', place: 'Ithaca, NY'},
  {id: 'kulloja-1963', kind: 'article', author: 'not given',
   title: 'Charyŏk kaengsaeng kwa charip inmin kyŏngje kŏnsŏl esŏ sŏngjang',
   titleEnglish: 'Growing from the construction of a self-reliant revival and self-established people\'s economy',
   container: 'Kŭlloja [Worker] 12 (1963)', year: 1963, pages: '2-10',
   publisher: 'Central Committee of the Korean Workers\' Party', place: 'P\'yŏngyang'},
  {id: 'chen-1996', kind: 'book', author: 'Jian Chen (Chen Jian)',
   title: 'China\'s Road to the Korean War: The Making of the Sino-American Confrontation',
   year: 1996, publisher: 'Columbia University Press', place: 'New York',
   caveat: 'The book first appeared in 1994 (common record); the bibliography\'s 1996 is a later printing at best.',
   caveatKind: 'common-record'},
  {id: 'chen-2011', kind: 'paper', author: 'Jian Chen (Chen Jian)',
   title: 'Limits of the "Lips and Teeth" Alliance: Chinese-DPRK Relations in a Historical Perspective',
   container: 'Conference "China-DPRK Relations during the Cold War", 14-15 October 2011',
   year: 2011, publisher: 'unpublished conference paper', place: 'Shanghai'},
  {id: 'chong-1997', kind: 'book', author: 'Chŏng Kyusŏp',
   title: 'Pukhan ŭi oegyo ŏje wa onŭl', titleEnglish: 'North Korean foreign relations past and present',
   year: 1997, publisher: 'Ilsinsa', place: 'Sŏul'},
  {id: 'chung-1978', kind: 'book', author: 'Chin O. Chung',
   title: 'P\'yŏngyang between Peking and Moscow: North Korea\'s Involvement in the Sino-Soviet Dispute, 1958–1975',
   year: 1978, publisher: 'University of Alabama Press', place: 'Tuscaloosa'},
  {id: 'goncharov-lewis-xue-1993', kind: 'book', author: 'Sergei Goncharov, John Lewis and Xue Litai',
   title: 'Uncertain Partners: Stalin, Mao, and the Korean War',
   year: 1993, publisher: 'Stanford University Press', place: 'Stanford, CA'},
  {id: 'vanin-1988', kind: 'book', author: 'Iu. V. Vanin (editor)',
   title: 'SSSR i Koreia', titleEnglish: 'The USSR and Korea',
   year: 1988, publisher: 'Nauka', place: 'Moscow',
   caveat: 'The editor is Iu. V. (Yuri) Vanin; note 70 writes "V. Vanin Iu" and the bibliography files him under "Iu, V. Vanin", taking the initial Iu. for a surname.',
   caveatKind: 'spelling'},
  {id: 'kim-il-sung-1953', kind: 'speech', author: 'Kim Ilsŏng (Kim Il Sung)',
   title: 'Chŏngjŏn hyŏpjŏng ch\'egyŏl e chŭumhayŏ',
   titleEnglish: 'On the occasion of concluding the Armistice Agreement',
   delivered: '1953-07-28', container: 'Chŏjakchip [Selected works], vol. 7',
   year: 1980, publisher: 'Chosŏn Nodongdang Ch\'ulp\'ansa', place: 'P\'yŏngyang',
   description: 'Radio address of 28 July 1953, the day after the Armistice',
   caveat: 'Note 3 spells the title "Chŏngjŏn hyŏpjŏng ch\'egyŏl e chŭumhayŏ", the bibliography "Chŏngiŏn hyŏpjŏng ch\'egyŏl e chŭmhayŏ" (McCune-Reischauer would be "Chŏngjŏn hyŏpchŏng ch\'egyŏl e chŭŭmhayŏ"); the title is kept as note 3 has it.',
   caveatKind: 'spelling'},
  {id: 'kim-il-sung-1955', kind: 'speech', author: 'Kim Ilsŏng (Kim Il Sung)',
   title: 'Sasang saŏp eso kyojojuŭi wa hyŏngsikchuŭi chech\'i hago chuch\'e rŭl hwangnipal tte taehayŏ',
   titleEnglish: 'About the elimination of formalism and dogmatism in ideological work and establishing Chuch\'e',
   delivered: '1955-12', container: 'Chŏjakchip [Selected works], vol. 9',
   year: 1980, publisher: 'Chosŏn Nodongdang Ch\'ulp\'ansa', place: 'P\'yŏngyang',
   description: 'The "Chuch\'e speech" of December 1955'},
  {id: 'kramer-2009', kind: 'chapter', author: 'Mark Kramer',
   title: 'Stalin, Soviet Policy, and the Consolidation of a Communist Bloc',
   container: 'Stalinism Revisited: The Establishment of Communist Regimes in East-Central Europe, edited by Vladimir Tismaneanu',
   year: 2009, publisher: 'Central European University Press', place: 'Budapest and New York'},
  {id: 'kraus-e-dossier-9', kind: 'web page', author: 'Charles Kraus',
   title: 'Zhou Enlai and China\'s Response to the Korean War',
   container: 'North Korea International Documentation Project (NKIDP), E-Dossier #9, Woodrow Wilson International Center for Scholars',
   year: null, publisher: 'Woodrow Wilson International Center for Scholars', place: 'Washington, DC',
   url: 'http://www.wilsoncenter.org/publication/zhou-enlai-and-chinas-response-to-the-korean-war',
   accessed: '2013-06-20',
   description: 'An e-dossier that republishes translated documents; the bibliography gives no year'},
  {id: 'kulik-2000', kind: 'book', author: 'Boris T. Kulik',
   title: 'Sovetsko-kitaiskii raskol: prichiny i posledstviia',
   titleEnglish: 'Sino-Soviet split: Reasons and consequences',
   year: 2000, publisher: 'RAN, Institut Dal\'nego Vostoka', place: 'Moscow'},
  {id: 'lankov-2005', kind: 'book', author: 'Andrei Lankov',
   title: 'Crisis in North Korea: The Failure of De-Stalinization, 1956',
   year: 2005, publisher: 'University of Hawai\'i Press', place: 'Honolulu'},
  {id: 'lankov-2002', kind: 'book', author: 'Andrei Lankov',
   title: 'From Stalin to Kim Il Sung: The Formation of North Korea, 1945–1960',
   year: 2002, publisher: 'Hurst and Company', place: 'London'},
  {id: 'li-1994', kind: 'book', author: 'Zhisui Li (Li Zhisui)',
   title: 'The Private Life of Chairman Mao',
   year: 1994, publisher: 'Random House', place: 'New York',
   caveat: 'Note 8 spells the author "Zhusui Li"; note 7 and the bibliography have "Zhisui Li".',
   caveatKind: 'spelling'},
  {id: 'mao-1949', kind: 'speech', author: 'Mao Zedong',
   title: 'On the People\'s Democratic Dictatorship',
   delivered: '1949-06', container: 'Selected Works, vol. 4',
   year: 1978, publisher: 'Foreign Languages Press', place: 'Beijing',
   description: 'The "leaning to one side" text of June 1949 (the bibliography writes "Foreign Language Press")'},
  {id: 'mao-1958', kind: 'speech', author: 'Mao Zedong',
   title: 'Second Speech at the Second Session of the Eighth Party Congress',
   delivered: '1958-05-18', container: 'Selected Works, vol. 8',
   year: 1978, publisher: 'Foreign Languages Press', place: 'Beijing',
   caveat: 'The Foreign Languages Press edition of Mao\'s Selected Works has five volumes; a "vol. 8" exists only as a later unofficial compilation, so the bibliography\'s publisher and year for it are doubtful. Note 88 gives no page.',
   caveatKind: 'common-record'},
  {id: 'memo-1959', kind: 'article', author: 'not given',
   title: 'Mirovaia ekonomika i mezhdunarodnie otnoshenia',
   titleEnglish: 'World economy and international relations',
   container: 'Mirovaia ekonomika i mezhdunarodnye otnosheniia (journal of IMEMO), May 1959',
   year: 1959, publisher: 'Institute of World Economy and International Relations (IMEMO)', place: 'Moscow',
   description: 'An issue of the IMEMO journal',
   caveat: 'Note 69 and the bibliography cite the journal issue by its name only, with no article title or author.',
   caveatKind: 'citation'},
  {id: 'bischof-karner-ruggenthaler-2010', kind: 'book', author: 'Günter Bischof, Stefan Karner and Peter Ruggenthaler (editors)',
   title: 'The Prague Spring and the Warsaw Pact Invasion of Czechoslovakia in 1968',
   year: 2010, publisher: 'Lexington Books', place: 'Plymouth, UK',
   caveat: 'Note 114 and the bibliography spell the first editor "Günter Nischof"; he is Günter Bischof.',
   caveatKind: 'spelling'},
  {id: 'nodong-sinmun-1956-08-01', kind: 'newspaper', author: 'Nodong Sinmun (editorial)',
   title: 'Editorial (no title)', date: '1956-08-01',
   year: 1956, publisher: 'Nodong Sinmun (Korean Workers\' Party)', place: 'P\'yŏngyang',
   description: 'The North Korean answer to the CPSU decision on "overcoming the consequences of the personality cult"'},
  {id: 'nodong-sinmun-2012-07-27', kind: 'newspaper', author: 'Nodong Sinmun (editorial)',
   title: 'Sŭngni ŭi 7.27 ŭn uri choguk yŏksa e yŏngwŏnhi pinnal kosida',
   titleEnglish: 'The victorious July 27th will shine eternally in the history of our fatherland',
   date: '2012-07-27', year: 2012, publisher: 'Nodong Sinmun (Korean Workers\' Party)', place: 'P\'yŏngyang'},
  {id: 'rozhin-2009', kind: 'web page', author: 'Alexandr Rozhin',
   title: 'Koreiskaia voina: Epizody uchastia sovetskogo flota',
   titleEnglish: 'The Korean War: Episodes of the Soviet navy\'s involvement',
   date: '2009-03-01', year: 2009, publisher: 'alerozin.narod.ru', place: null,
   url: 'http://alerozin.narod.ru/Korea45x53.htm', accessed: '2013-02-15'},
  {id: 'rozhin-2010', kind: 'web page', author: 'Alexandr Rozhin',
   title: 'Sovetskii flot i VMS Severnoi Korei: sozdanie flota KNDR',
   titleEnglish: 'The Soviet navy and North Korea\'s naval forces: The creation of the navy of the DPRK',
   date: '2010-09-22', year: 2010, publisher: 'alerozin.narod.ru', place: null,
   url: 'http://alerozin.narod.ru/KNDRiUSSR.htm', accessed: '2013-02-15'},
  {id: 'schmidl-ritter-2006', kind: 'book', author: 'Erwin A. Schmidl and László Ritter',
   title: 'The Hungarian Revolution, 1956',
   year: 2006, publisher: 'Osprey', place: 'Oxford',
   caveat: 'The bibliography gives neither publisher nor year; Osprey, Oxford, 2006 are from the common record. Note 111 gives no page.',
   caveatKind: 'citation'},
  {id: 'seidov-2007', kind: 'book', author: 'Igor Seidov',
   title: '"Krasnye diavoly" v nebe Korei: sovetskia aviatsiia v voine 1950–1953 gg.: khronika vozdushnykh srazhenii',
   titleEnglish: '"The Red Devils" in the sky of Korea: The Soviet aviation in the war 1950–1953: The chronicle of air battles',
   year: 2007, publisher: 'Iauza; Eksmo', place: 'Moscow'},
  {id: 'semenov-1978', kind: 'book', author: 'G. G. Semenov',
   title: 'Tri goda v Pekine: zapiski voennogo sovetnika',
   titleEnglish: 'Three years in Beijing: Memoirs of a military advisor',
   year: 1978, publisher: 'Nauka', place: 'Moscow'},
  {id: 'shen-2011-reconstruction', kind: 'paper', author: 'Zhihua Shen (Shen Zhihua)',
   title: 'China and the Post-War Reconstruction of North Korea',
   container: 'Conference "North and South Korea in the 1950s", University of British Columbia, 10 December 2011',
   year: 2011, publisher: 'unpublished conference paper', place: 'Vancouver'},
  {id: 'shen-2012', kind: 'book', author: 'Zhihua Shen (Shen Zhihua)',
   title: 'Mao, Stalin, and the Korean War: Trilateral Communist Relations in the 1950s',
   year: 2012, publisher: 'Routledge', place: 'New York'},
  {id: 'shen-2002', kind: 'article', author: 'Zhihua Shen (Shen Zhihua)',
   title: 'Sino-North Korean Conflict and Its Resolution during the Korean War',
   container: 'Cold War International History Project Bulletin 14/15',
   year: 2002, publisher: 'Woodrow Wilson International Center for Scholars', place: 'Washington, DC',
   caveat: 'The bibliography dates CWIHP Bulletin 14/15 to 2002; the issue is usually dated Winter 2003-Spring 2004.',
   caveatKind: 'common-record'},
  {id: 'shen-2011-strained-alliance', kind: 'paper', author: 'Zhihua Shen (Shen Zhihua)',
   title: 'Strained Alliance: Chinese–North Korean Relations during the Korean War, 1950–1953',
   container: 'Conference "China-DPRK Relations during the Cold War", 14-15 October 2011',
   year: 2011, publisher: 'unpublished conference paper', place: 'Shanghai'},
  {id: 'shen-li-2011', kind: 'book', author: 'Zhihua Shen and Danhui Li (Shen Zhihua and Li Danhui)',
   title: 'After Leaning on One Side',
   year: 2011, publisher: 'Stanford University Press', place: 'Stanford, CA',
   caveat: 'The article calls the book "After Leaning on One Side" throughout; its title is "After Leaning to One Side: China and Its Allies in the Cold War" (Woodrow Wilson Center Press and Stanford University Press, 2011).',
   caveatKind: 'spelling'},
  {id: 'so-2005', kind: 'book', author: 'Sŏ Tongman',
   title: 'Puk-Chosŏn sahoejuŭi ch\'eje sŏngnipsa, 1945–1961',
   titleEnglish: 'History of the creation of the North Korean Socialist system, 1945–1961',
   year: 2005, publisher: 'Sŏnin', place: 'Sŏul'},
  {id: 'suh-1988', kind: 'book', author: 'Dae-Sook Suh',
   title: 'Kim Il Sung: The North Korean Leader',
   year: 1988, publisher: 'Columbia University Press', place: 'New York'},
  {id: 'szalontai-2006', kind: 'book', author: 'Balazs Szalontai',
   title: 'Kim Il Sung in the Khrushchev Era: The Soviet-DPRK Relations and the Roots of North Korean Despotism, 1953–1964',
   year: 2006, publisher: 'Stanford University Press and Woodrow Wilson Center Press', place: 'Washington, DC'},
  {id: 'torkunov-2000', kind: 'book', author: 'A. V. Torkunov',
   title: 'Zagadochnaia voina: koreiskii konflikt 1950–1953 godov',
   titleEnglish: 'The mysterious war: The Korean conflict, 1950–1953',
   year: 2000, publisher: 'Rossiiskaia politicheskaia entsiklopediia (ROSSPEN)', place: 'Moscow',
   description: 'Quotes many documents of the Presidential Archive (APRF); most of the article\'s Russian documents are cited through it'},
  {id: 'mvtsssr-1982', kind: 'statistical compilation', author: 'USSR Ministry of Foreign Trade (MVT SSSR)',
   title: 'Vneshniaia torgovlia SSSR, 1922–1981: Iubileinyi statisticheskii sbornik',
   titleEnglish: 'The foreign trade of the USSR, 1922–1981: Anniversary statistical book',
   year: 1982, publisher: 'Ministerstvo vneshnei torgovli', place: 'Moscow',
   caveat: 'The list of abbreviations, which calls all its entries archival sources, lists MVTSSSR (the ministry); it is the author of this published statistical book, not an archive.',
   caveatKind: 'citation'},
  {id: 'wada-2002', kind: 'book', author: 'Wada Haruki',
   title: 'Puk-Chosŏn: yugyŏktae kukka esŏ chŏng\'gyugun kukka ro',
   titleEnglish: 'North Korea: From a guerrilla state to a standing military state',
   translator: 'Sŏ Tongman and Nam Kijŏng',
   year: 2002, publisher: 'Tolbegae', place: 'Sŏul'},
  {id: 'yi-2001', kind: 'book', author: 'Yi Chongsŏk',
   title: 'Pukhan-Chungguk kwan\'gye, 1945–2000',
   titleEnglish: 'North Korean-Chinese relations, 1945–2000',
   year: 2001, publisher: 'Chungsim', place: 'Sŏul'}
] AS row
MERGE (w:Work {id: row.id})
SET w += row, w.inBibliography = true;

// ---------------------------------------------------------------------------------------------
// Works cited in the notes but missing from the bibliography
// ---------------------------------------------------------------------------------------------

UNWIND [
  {id: 'interview-choe-2012', kind: 'interview', author: 'Avram Agov (interviewer)',
   title: 'Interview with Mr. Ch\'oe, North Korean political immigrant to Bulgaria',
   interviewee: 'Mr. Ch\'oe, cousin of Hŏ Ch\'ŏn (political commissar, 45th Division of the KPA)',
   date: '2012-05', year: 2012, publisher: null, place: 'Sofia, Bulgaria'},
  {id: 'interview-yi-2012', kind: 'interview', author: 'Avram Agov (interviewer)',
   title: 'Interview with Mr. Yi, North Korean political immigrant to Bulgaria',
   interviewee: 'Mr. Yi, eyewitness from Hoeryŏng, North Hamgyŏng Province',
   date: '2012-05', year: 2012, publisher: null, place: 'Sofia, Bulgaria'},
  {id: 'nodong-sinmun-1962-spring', kind: 'newspaper', author: 'Nodong Sinmun',
   title: 'Let us oppose revisionism', date: '1962-spring',
   year: 1962, publisher: 'Nodong Sinmun (Korean Workers\' Party)', place: 'P\'yŏngyang',
   description: 'Known only through Yi Chongsŏk (note 93); the title is the slogan the article quotes in English'},
  {id: 'nodong-sinmun-1962-end', kind: 'newspaper', author: 'Nodong Sinmun',
   title: 'not given (an item of the end of 1962: "one country cannot interfere in the internal affairs of another country")',
   date: '1962',
   year: 1962, publisher: 'Nodong Sinmun (Korean Workers\' Party)', place: 'P\'yŏngyang',
   description: 'Known only through Yi Chongsŏk (note 94); the article dates it to the end of 1962'},
  {id: 'zubok-2007', kind: 'book', author: 'Vladislav Zubok',
   title: 'A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev',
   year: 2007, publisher: 'University of North Carolina Press', place: 'Chapel Hill',
   caveat: 'Cited in note 59 but missing from the bibliography; subtitle, publisher and year are from the common record.',
   caveatKind: 'citation'}
] AS row
MERGE (w:Work {id: row.id})
SET w += row, w.inBibliography = false;

// Newspaper items known through a secondary work: (:Work)-[:CITED_IN]->(:Work), as for documents.
UNWIND [
  {item: 'nodong-sinmun-1956-08-01', work: 'so-2005', pages: '560, 565-66'},
  {item: 'nodong-sinmun-1962-spring', work: 'yi-2001', pages: '223'},
  {item: 'nodong-sinmun-1962-end', work: 'yi-2001', pages: '223-24'}
] AS row
MATCH (i:Work {id: row.item})
MATCH (w:Work {id: row.work})
MERGE (i)-[r:CITED_IN]->(w)
SET r.pages = row.pages;

// ---------------------------------------------------------------------------------------------
// Documents of the Presidential Archive (APRF), all known through secondary works
// ---------------------------------------------------------------------------------------------

UNWIND [
  {id: 'aprf-1949-04-17-stalin-to-shtykov', archive: 'aprf',
   title: 'Telegram from Stalin to Soviet ambassador in P\'yŏngyang', date: '1949-04-17',
   author: 'Joseph Stalin', recipient: 'Terentii Shtykov, Soviet ambassador to the DPRK',
   references: 'fond 3, opis 65, delo 3'},
  {id: 'aprf-1949-04-20-shtykov-to-stalin', archive: 'aprf',
   title: 'Telegram from Shtykov to Stalin', date: '1949-04-20',
   author: 'Terentii Shtykov', recipient: 'Joseph Stalin',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string, "fond 3, opis 65, delo 3, 5, 6, 91", and one page list of Torkunov for six telegrams; which dela or leaves belong to which telegram is not said.',
   caveatKind: 'citation'},
  {id: 'aprf-1949-04-20-vasilevskii-shtykov-to-stalin', archive: 'aprf',
   title: 'Telegram from Marshal Vasylevskii and Ambassador Shtykov to Stalin', date: '1949-04-20',
   author: 'Marshal A. M. Vasilevskii and Terentii Shtykov', recipient: 'Joseph Stalin',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string and one page list for six telegrams; it spells the marshal "Vasylevskii" (Vasilevskii).',
   caveatKind: 'citation'},
  {id: 'aprf-1949-05-02-shtykov-to-stalin', archive: 'aprf',
   title: 'Telegram from Shtykov to Stalin', date: '1949-05-02',
   author: 'Terentii Shtykov', recipient: 'Joseph Stalin',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string and one page list for six telegrams.',
   caveatKind: 'citation'},
  {id: 'aprf-1949-07-13-shtykov-to-moscow', archive: 'aprf',
   title: 'Telegram from Shtykov to Moscow', date: '1949-07-13',
   author: 'Terentii Shtykov', recipient: 'Moscow',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string and one page list for six telegrams.',
   caveatKind: 'citation'},
  {id: 'aprf-1949-10-26-stalin-to-shtykov', archive: 'aprf',
   title: 'Telegram from Stalin to Shtykov', date: '1949-10-26',
   author: 'Joseph Stalin', recipient: 'Terentii Shtykov',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string and one page list for six telegrams.',
   caveatKind: 'citation'},
  {id: 'aprf-1950-01-06-shtykov-to-moscow', archive: 'aprf',
   title: 'Telegram from Shtykov to Moscow', date: '1950-01-06',
   author: 'Terentii Shtykov', recipient: 'Moscow',
   references: 'fond 3, opis 65, delo 3, 5, 6, 91 (one string for six telegrams)',
   caveat: 'Note 22 gives one reference string and one page list for six telegrams.',
   caveatKind: 'citation'},
  {id: 'aprf-1950-05-15-roshchin-to-stalin', archive: 'aprf',
   title: 'Telegram from Roschin to Stalin', date: '1950-05-15',
   author: 'N. V. Roshchin, Soviet ambassador to the PRC', recipient: 'Joseph Stalin',
   references: 'fond 45, opis 1, delo 331',
   description: 'Reports the Mao-Kim talks in Beijing from conversations with Zhou Enlai and Pak Hŏnyŏng'},
  {id: 'aprf-1951-07-05-encryption-3410', archive: 'aprf',
   title: 'Encryption No. 3410', date: '1951-07-05', dateLikely: '1951-06-05',
   author: 'Joseph Stalin', recipient: 'Mao Zedong',
   references: 'fond 45, opis 1, delo 339', channel: 'GU GSh SA',
   description: 'Stalin agrees with Mao not to rush to end the Korean War',
   caveat: 'Note 60 dates the encryption July 5, 1951, but the body says Stalin wrote in June 1951, and the Wilson Center publishes ciphered telegram No. 3410, Stalin to Mao, under June 5, 1951: July is probably a slip for June.',
   caveatKind: 'date'},
  {id: 'aprf-1951-11-14-encryption-25902', archive: 'aprf',
   title: 'Encryption No. 25902', date: '1951-11-14',
   author: 'Mao Zedong', recipient: 'Joseph Stalin',
   references: 'fond 45, opis 1, delo 342', channel: 'GU GSh SA',
   description: 'Mao expects a cease-fire within the year but prepares for drawn-out talks'},
  {id: 'aprf-1952-02-08-encryption-16239', archive: 'aprf', archiveAsCited: 'APRE',
   title: 'Encryption No. 16239', date: '1952-02-08',
   author: 'not given', recipient: 'not given',
   references: 'fond 45, opis 1, delo 342',
   description: 'Cited for Pak Hŏnyŏng telling Peng Dehuai that the Korean people want peace',
   caveat: 'Note 37 writes "APRE" for APRF and repeats the page ("; 251"). It cites a document of February 8, 1952 for a statement the body dates January 1951; the document\'s date and its place in Torkunov (p. 251, between documents of November 1951 and July 1952) suggest January 1952.',
   caveatKind: 'citation'},
  {id: 'aprf-1952-07-18-encryption-21646', archive: 'aprf',
   title: 'Encryption No. 21646', date: '1952-07-18',
   author: 'Mao Zedong', recipient: 'Kim Il Sung',
   references: 'fond 45, opis 1, delo 343', channel: 'GU GSh SA',
   description: 'Mao to Kim Il Sung against accepting the enemy\'s proposal under bombardment; notes 47 and 48 cite it by "Ibid."'},
  {id: 'aprf-1952-08-20-stalin-zhou-minutes', archive: 'aprf',
   title: 'Minutes of Conversation between J. Stalin and Zhou Enlai', date: '1952-08-20',
   author: 'Soviet record (Vyshinskii\'s office)', recipient: null,
   participants: 'Joseph Stalin; Zhou Enlai',
   references: 'fond 3, opis 1, delo 329', referencesLikely: 'fond 45, opis 1, delo 329',
   description: 'Stalin and Zhou Enlai in Moscow on the war, the Armistice talks and the prisoners of war; notes 38, 49, 51, 53 (and 50, 52 by "Ibid.")',
   caveat: 'Notes 38, 49, 51 and 53 give "fond 3, opis 1, delo 329"; the Wilson Center publishes these minutes as APRF fond 45, opis 1, delo 329 (leaves 54-72). The date is from note 38.',
   caveatKind: 'citation'},
  {id: 'aprf-1953-03-19-council-of-ministers-statement', archive: 'aprf',
   title: 'Statement of the Council of Ministers of the USSR', date: '1953-03-19',
   author: 'USSR Council of Ministers', recipient: null,
   references: 'fond 3, opis 65, delo 830',
   description: 'Calls for a quick end to the Korean War and for accepting Clark\'s proposal on sick and wounded prisoners',
   caveat: 'Note 63 cites this statement of March 19, 1953 (Torkunov 280, 282) for the Chinese position of early July 1953; the note probably repeats note 61 in place of the document it meant.',
   caveatKind: 'citation'},
  {id: 'aprf-1953-03-29-telegram-8265', archive: 'aprf',
   title: 'Telegram 8265', date: '1953-03-29',
   author: 'not given (the body: two Soviet special envoys in P\'yŏngyang)', recipient: 'not given',
   references: 'fond 3, opis 65, delo 830',
   description: 'Kim Il Sung tells two Soviet envoys that the time has come to take the initiative to end the war'}
] AS row
MERGE (d:Document {id: row.id})
SET d += row
WITH d, row
MATCH (a:Archive {id: row.archive})
MERGE (d)-[:HELD_IN]->(a);

// A report labelled "ARPF" in note 44. Its form (fond 01020 with a papka) is that of the Soviet
// Foreign Ministry archive (AVPRF fond 0102, Korea desk); we follow the note's label (APRF) and
// say so in the caveat.
MERGE (d:Document {id: 'aprf-1952-q1-razuvaev-report'})
SET d += {
  archive: 'aprf', archiveAsCited: 'ARPF',
  title: 'Ruzavaev\'s work report for the first season of 1952', date: '1952-Q1',
  author: 'V. N. Razuvaev, Soviet ambassador to the DPRK', recipient: 'not given',
  references: 'fond 01020, opis 8, delo 35, papka 10',
  description: 'Reports that Kim Il Sung sees no benefit in prolonging the negotiations under American bombing',
  caveat: 'Note 44 writes "ARPF" for APRF and "Ruzavaev" for Razuvaev; "first season" of 1952 is a rendering of the first quarter (the Chinese jidu). A fond 01020 with a papka is the form of the Soviet Foreign Ministry archive (AVPRF fond 0102, the Korea desk), where an ambassador\'s report would be, so the archive itself is in doubt.',
  caveatKind: 'citation'
}
WITH d
MATCH (a:Archive {id: 'aprf'})
MERGE (d)-[:HELD_IN]->(a);

// ---------------------------------------------------------------------------------------------
// Documents of the other archives
// ---------------------------------------------------------------------------------------------

UNWIND [
  // Foreign Ministry Archive of the PRC
  {id: 'cfma-118-00080-01', archive: 'cfma',
   title: 'Communication between North China Military Region and the Foreign Ministry', date: '1950-03-09',
   author: 'North China Military Region', recipient: 'PRC Foreign Ministry',
   references: '118-00080-01',
   description: 'The return of Korean soldiers of the PLA to North Korea'},
  {id: 'cfma-105-00235-09', archive: 'cfma',
   title: 'The Eight Suggestions on the Redeployment of Korean War Prisoners', date: '1952-11-04',
   author: 'not given', recipient: 'not given',
   references: '105-00235-09'},
  {id: 'cfma-204-00614-02', archive: 'cfma',
   title: 'Documents on the Assistance to North Korea, Construction of Three Factories',
   date: '1958-05-05', dateEnd: '1958-08-08',
   author: 'not given', recipient: 'not given',
   references: '204-00614-02',
   description: 'A file of documents of May 5 to August 8, 1958 on a Chinese interest-free loan'},
  {id: 'cfma-106-00581-03', archive: 'cfma',
   title: 'Report from the Chinese Embassy in the DPRK, Minutes of Conversation between Kim Il [Sung] and Qiao Xiaoguang, Re: The Military Rebellion in South Korea',
   date: '1961-05-16',
   author: 'Chinese Embassy in the DPRK', recipient: 'not given',
   participants: 'Kim Il [Sung]; Qiao Xiaoguang, Chinese ambassador to the DPRK',
   references: '106-00581-03',
   caveat: 'The bracketed "[Sung]" is the author\'s: the record names "Kim Il", which is also the name of the DPRK\'s first vice premier, so the identification with Kim Il Sung is the author\'s reading.',
   caveatKind: 'interpretation'},
  {id: 'cfma-106-00581-06', archive: 'cfma',
   title: 'Memorandum from the Chinese Embassy in the DPRK, Meeting of Central Standing Committee of Korean Workers\' Party on May 18, 1961',
   date: '1961-05-21',
   author: 'Chinese Embassy in the DPRK', recipient: 'not given',
   references: '106-00581-06'},

  // Archive of the Bulgarian Foreign Ministry
  {id: 'amvrb-1953-orphans-report', archive: 'amvrb',
   title: 'Report from the Ministry of Foreign Affairs of Bulgaria', date: '1953',
   author: 'Bulgarian Ministry of Foreign Affairs', recipient: 'not given', place: 'Sofia',
   references: 'Opis 5, papka 31, 502',
   description: 'Cited for the North Korean orphans taken in by East European countries'},
  {id: 'amvrb-1962-09-05-four-students', archive: 'amvrb',
   title: 'Notes from the Ministry of Foreign Affairs of Bulgaria, Incident with the Four Students', date: '1962-09-05',
   author: 'Bulgarian Ministry of Foreign Affairs', recipient: 'not given', place: 'Sofia',
   references: 'Opis 18, delo 32, 560'},
  {id: 'amvrb-1963-01-29-report-on-1962', archive: 'amvrb',
   title: 'Report from the Bulgarian Embassy in the DPRK: Political, Cultural, and Economic Life and Foreign Relations of the DPRK in 1962',
   date: '1963-01-29',
   author: 'Ljuben Stoichkov, Bulgarian embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 19p, delo 39, 726 (given in note 106 only)',
   caveat: 'Note 95 cites this report with no archival reference and calls Stoichkov "Ambassador"; note 106 calls him "First Secretary" and gives "Opis 19p, delo 39, 726", the same reference note 82 gives for a memo of February 1966, so one of the two references is probably wrong.',
   caveatKind: 'citation'},
  {id: 'amvrb-1964-02-20-economic-development-1963', archive: 'amvrb',
   title: 'Report from the Bulgarian Embassy in the DPRK: Economic Development of the DPRK in 1963', date: '1964-02-20',
   author: 'Luben Stoichkov, chargé d\'affaires', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 20a, delo 72, 1124',
   caveat: 'Note 101 gives one reference for two reports; it spells Stoichkov "Luben" where notes 95 and 106 have "Ljuben".',
   caveatKind: 'citation'},
  {id: 'amvrb-1964-02-05-political-development-1963', archive: 'amvrb',
   title: 'Report from the Bulgarian Embassy in the DPRK: Political Development of the DPRK in 1963', date: '1964-02-05',
   author: 'Krasimir Chakurov, chargé d\'affaires', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 20a, delo 72, 1124 (given once for two reports)',
   caveat: 'Note 101 gives one reference for two reports; that this one shares it is our reading.',
   caveatKind: 'citation'},
  {id: 'amvrb-1966-02-04-taean-visit', archive: 'amvrb',
   title: 'Memo from the Bulgarian embassy in the DPRK, Visit of Taean Plant', date: '1966-02-04',
   author: 'Bulgarian embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 19p, delo 39, 726',
   caveat: 'Note 82 gives the same reference ("Opis 19p, delo 39, 726") as note 106 gives for a report of January 1963; one of the two is probably wrong.',
   caveatKind: 'citation'},
  {id: 'amvrb-1967-06-12-hungarian-military-delegation', archive: 'amvrb',
   title: 'Report from the Bulgarian Embassy in the DPRK: Visit of Hungarian Military Delegation to North Korea, May 24-June 4, 1967',
   date: '1967-06-12',
   author: 'Ljuben Pavlov, chargé d\'affaires', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 23, delo 77, 1565'},
  {id: 'amvrb-1969-01-28-annual-report-1968', archive: 'amvrb',
   title: 'Annual Report from the Bulgarian Embassy in the DPRK in 1968', date: '1969-01-28',
   author: 'Bulgarian embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'Opis 20p, delo 17, 290'},

  // GDR foreign ministry records (PA MfAA)
  {id: 'pa-mfaa-a7077-relations-1950-1954', archive: 'pa-mfaa',
   title: 'Report from the Ministry of Foreign Affairs of the GDR, Development of Relations between the GDR and the DPRK, 1950-1954',
   date: '1950s', covers: '1950-1954',
   author: 'GDR Ministry of Foreign Affairs', recipient: 'not given',
   references: 'A7077',
   description: 'The note gives the period covered, not the date of writing'},
  {id: 'pa-mfaa-a7126-relations-1963', archive: 'pa-mfaa',
   title: 'Annual Report from the Embassy of the GDR in the DPRK, Relations between the GDR and the DPRK in 1963',
   date: '1964-01-15',
   author: 'Ambassador Becker, GDR embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'A7126'},
  {id: 'pa-mfaa-c65-77-economy-1965', archive: 'pa-mfaa',
   title: 'Report from the Embassy of the GDR in the DPRK, Economic Development of the DPRK in 1965',
   date: '1966-05-02',
   author: 'GDR embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'C65/77'},
  {id: 'pa-mfaa-c316-78-socio-economic-analysis', archive: 'pa-mfaa',
   title: 'Report from the embassy of the GDR in the DPRK, Socio-economic analysis of the DPRK',
   date: '1972-03',
   author: 'GDR embassy in P\'yŏngyang', recipient: 'not given', place: 'P\'yŏngyang',
   references: 'C316/78'},

  // RGANI
  {id: 'rgani-1956-07-24-petrov-nam-il', archive: 'rgani',
   title: 'Memorandum of Conversation with Minister of Foreign Affairs of the DRPK Nam Il; from the Diary of Charge d\'affairs of the USSR in the DPRK A. M. Petrov',
   date: '1956-07-24',
   author: 'A. M. Petrov, Soviet chargé d\'affaires in the DPRK', recipient: null,
   participants: 'A. M. Petrov; Nam Il, DPRK foreign minister',
   references: 'Fond 5, Delo 28, Delo 410', referencesLikely: 'fond 5, opis 28, delo 410',
   caveat: 'Note 78 writes "Fond 5, Delo 28, Delo 410": "Delo" twice where the second level should be an opis (the published citation is fond 5, opis 28, delo 410); it also writes "DRPK" for DPRK.',
   caveatKind: 'citation'},

  // AVPRF
  {id: 'avprf-1963-01-03-moskovsky-pak-songchol', archive: 'avprf',
   title: 'Record of Conversation between Soviet Ambassador to North Korea Vasily Moskovsky and North Korean Foreign Minister Park Sŏngch\'ol',
   date: '1963-01-03',
   author: 'Vasily Moskovsky, Soviet ambassador to the DPRK', recipient: null,
   participants: 'Vasily Moskovsky; Pak Sŏngch\'ŏl, DPRK foreign minister', place: 'P\'yŏngyang',
   references: 'fond 0102, opis 19, papka 97, delo 4'},

  // Romanian National Archives
  {id: 'anic-1965-07-26-ccp-delegation-transcript', archive: 'anic',
   title: 'Stenographic Transcript of Discussions Held with Chinese Communist Party Delegation to the 9th Congress of Romanian Communist Party',
   date: '1965-07-26',
   author: 'Romanian Communist Party Central Committee', recipient: null,
   participants: 'Nicolae Ceaușescu and the Romanian leadership; Deng Xiaoping and the CCP delegation',
   references: 'RCPCC, Chancellery, Folder 105/1965'}
] AS row
MERGE (d:Document {id: row.id})
SET d += row
WITH d, row
MATCH (a:Archive {id: row.archive})
MERGE (d)-[:HELD_IN]->(a);

// ---------------------------------------------------------------------------------------------
// Documents whose archive the notes do not name (no HELD_IN)
// ---------------------------------------------------------------------------------------------

UNWIND [
  {id: 'mao-to-stalin-1950-11-15', archive: null,
   title: 'Telegram from Mao Zedong to Stalin', date: '1950-11-15',
   author: 'Mao Zedong', recipient: 'Joseph Stalin',
   references: 'not given (republished in Kraus\'s e-dossier)',
   description: 'Confirms Soviet planes fought the American air force in early November 1950'},
  {id: 'ccp-draft-agreement-joint-headquarters-1950-12-08', archive: null,
   title: 'Draft Agreement by the Party Central Committee on Establishing a Sino-North Korea Joint Headquarters',
   date: '1950-12-08',
   author: 'CCP Central Committee (drafted by Zhou Enlai)', recipient: 'not given',
   references: 'not given',
   caveat: 'Note 33 names this document with no archive, collection or publication.',
   caveatKind: 'citation'},
  {id: 'stalin-to-gottwald-1950-08-27', archive: null,
   title: 'Cable from Stalin to Klement Gottwald', date: '1950-08-27',
   author: 'Joseph Stalin', recipient: 'Klement Gottwald, president of Czechoslovakia',
   references: 'not given (cited in Zubok)',
   description: 'Named in the body, cited in note 59 through Zubok: the Soviet absence from the UN vote was deliberate'}
] AS row
MERGE (d:Document {id: row.id})
SET d += row;

// ---------------------------------------------------------------------------------------------
// Documents known through a secondary work ("cited in"): CITED_IN, with the work's pages
// ---------------------------------------------------------------------------------------------

UNWIND [
  {doc: 'aprf-1949-04-17-stalin-to-shtykov', work: 'torkunov-2000', pages: '13'},
  {doc: 'aprf-1949-04-20-shtykov-to-stalin', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1949-04-20-vasilevskii-shtykov-to-stalin', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1949-05-02-shtykov-to-stalin', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1949-07-13-shtykov-to-moscow', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1949-10-26-stalin-to-shtykov', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1950-01-06-shtykov-to-moscow', work: 'torkunov-2000', pages: '13, 16-17, 19, 24, 26'},
  {doc: 'aprf-1950-05-15-roshchin-to-stalin', work: 'torkunov-2000', pages: '69'},
  {doc: 'aprf-1951-07-05-encryption-3410', work: 'torkunov-2000', pages: '238-39'},
  {doc: 'aprf-1951-11-14-encryption-25902', work: 'torkunov-2000', pages: '247'},
  {doc: 'aprf-1952-02-08-encryption-16239', work: 'torkunov-2000', pages: '251'},
  {doc: 'aprf-1952-07-18-encryption-21646', work: 'torkunov-2000', pages: '254-56'},
  {doc: 'aprf-1952-08-20-stalin-zhou-minutes', work: 'torkunov-2000', pages: '258-62'},
  {doc: 'aprf-1953-03-19-council-of-ministers-statement', work: 'torkunov-2000', pages: '273, 279-80, 282'},
  {doc: 'aprf-1953-03-29-telegram-8265', work: 'torkunov-2000', pages: '280'},
  {doc: 'aprf-1952-q1-razuvaev-report', work: 'shen-li-2011', pages: '91'},
  {doc: 'mao-to-stalin-1950-11-15', work: 'kraus-e-dossier-9', pages: '18'},
  {doc: 'stalin-to-gottwald-1950-08-27', work: 'zubok-2007', pages: '80-81'}
] AS row
MATCH (d:Document {id: row.doc})
MATCH (w:Work {id: row.work})
MERGE (d)-[r:CITED_IN]->(w)
SET r.pages = row.pages;

// Documents whose note ends with "CWIHP": republished by the Cold War International History Project
UNWIND ['rgani-1956-07-24-petrov-nam-il', 'avprf-1963-01-03-moskovsky-pak-songchol',
        'anic-1965-07-26-ccp-delegation-transcript'] AS docId
MATCH (d:Document {id: docId})
MATCH (c:Archive {id: 'cwihp'})
MERGE (d)-[:REPUBLISHED_IN]->(c);

// ---------------------------------------------------------------------------------------------
// Notes citing secondary works. "Ibid." notes are resolved (ibid: true).
// ---------------------------------------------------------------------------------------------

UNWIND [
  {note: 1, work: 'nodong-sinmun-2012-07-27', pages: null},
  {note: 2, work: 'nodong-sinmun-2012-07-27', pages: null, ibid: true},
  {note: 3, work: 'kim-il-sung-1953', pages: '524'},
  {note: 4, work: 'kim-il-sung-1953', pages: '524-25, 529', ibid: true},
  {note: 5, work: 'kim-il-sung-1953', pages: '534-35, 541', ibid: true},
  {note: 6, work: 'mvtsssr-1982', pages: '17-18'},
  {note: 7, work: 'li-1994', pages: '117'},
  {note: 8, work: 'li-1994', pages: '116-17'},
  {note: 9, work: 'goncharov-lewis-xue-1993', pages: '12, 14'},
  {note: 10, work: 'chen-1996', pages: '73-75'},
  {note: 11, work: 'shen-2011-strained-alliance', pages: null},
  {note: 12, work: 'kulik-2000', pages: '14-15'},
  {note: 13, work: 'goncharov-lewis-xue-1993', pages: '219'},
  {note: 14, work: 'mao-1949', pages: '422'},
  {note: 15, work: 'mao-1949', pages: '422-25', ibid: true},
  {note: 16, work: 'chen-1996', pages: '214-15'},
  {note: 17, work: 'armstrong-2002', pages: '236, 238'},
  {note: 18, work: 'lankov-2002', pages: '41'},
  {note: 19, work: 'interview-choe-2012', pages: null},
  {note: 20, work: 'interview-yi-2012', pages: null},
  {note: 24, work: 'torkunov-2000', pages: '58-59'},
  {note: 25, work: 'shen-li-2011', pages: '32, 34, 49'},
  {note: 27, work: 'seidov-2007', pages: '666, 679, 687'},
  {note: 28, work: 'torkunov-2000', pages: '59'},
  {note: 29, work: 'shen-2002', pages: '11'},
  {note: 30, work: 'shen-li-2011', pages: '66'},
  {note: 31, work: 'rozhin-2009', pages: '10'},
  {note: 32, work: 'chen-1996', pages: '162'},
  {note: 33, work: 'shen-2002', pages: '12'},
  {note: 35, work: 'shen-li-2011', pages: '70-80'},
  {note: 36, work: 'shen-2012', pages: '199, 201'},
  {note: 39, work: 'chen-2011', pages: '12'},
  {note: 40, work: 'shen-2002', pages: '18-19'},
  {note: 41, work: 'torkunov-2000', pages: '186'},
  {note: 42, work: 'torkunov-2000', pages: '205-6, 214'},
  {note: 45, work: 'shen-2002', pages: '18'},
  {note: 54, work: 'shen-li-2011', pages: '91'},
  {note: 56, work: 'shen-li-2011', pages: '112'},
  {note: 57, work: 'chen-1996', pages: '220-21'},
  {note: 58, work: 'torkunov-2000', pages: '292'},
  {note: 59, work: 'kramer-2009', pages: '92-93, 95, 99'},
  {note: 64, work: 'shen-li-2011', pages: '81-89'},
  {note: 65, work: 'shen-li-2011', pages: '112'},
  {note: 66, work: 'torkunov-2000', pages: '288'},
  {note: 67, work: 'wada-2002', pages: '111'},
  {note: 68, work: 'agov-2010', pages: '116, 129'},
  {note: 69, work: 'memo-1959', pages: '115-19'},
  {note: 70, work: 'vanin-1988', pages: '218'},
  {note: 72, work: 'yi-2001', pages: '177, 191'},
  {note: 73, work: 'agov-2010', pages: '255-57'},
  {note: 74, work: 'kim-il-sung-1955', pages: '467-68, 472, 478-80'},
  {note: 75, work: 'lankov-2005', pages: '40-42'},
  {note: 76, work: 'so-2005', pages: '555'},
  {note: 77, work: 'nodong-sinmun-1956-08-01', pages: '560, 565-66', pagesIn: 'so-2005'},
  {note: 79, work: 'shen-li-2011', pages: '210-12'},
  {note: 80, work: 'shen-2011-reconstruction', pages: '16'},
  {note: 81, work: 'szalontai-2006', pages: '121, 123'},
  {note: 84, work: 'shen-li-2011', pages: '118'},
  {note: 85, work: 'shen-2012', pages: '191'},
  {note: 86, work: 'kulik-2000', pages: '95, 299'},
  {note: 87, work: 'semenov-1978', pages: '293'},
  {note: 88, work: 'mao-1958', pages: null},
  {note: 90, work: 'kulik-2000', pages: '281, 375, 366-76'},
  {note: 92, work: 'shen-2011-reconstruction', pages: '28'},
  {note: 93, work: 'nodong-sinmun-1962-spring', pages: '223', pagesIn: 'yi-2001'},
  {note: 94, work: 'nodong-sinmun-1962-end', pages: '223-24', pagesIn: 'yi-2001', ibid: true},
  {note: 98, work: 'yi-2001', pages: '225'},
  {note: 102, work: 'kulloja-1963', pages: '2-10'},
  {note: 105, work: 'rozhin-2010', pages: null},
  {note: 107, work: 'chong-1997', pages: '55, 100-101'},
  {note: 108, work: 'chung-1978', pages: '96'},
  {note: 110, work: 'suh-1988', pages: '213-15, 217'},
  {note: 111, work: 'schmidl-ritter-2006', pages: null},
  {note: 113, work: 'agov-2010', pages: '468'},
  {note: 114, work: 'bischof-karner-ruggenthaler-2010', pages: null}
] AS row
MATCH (n:Note {id: 'agov-2013/n' + row.note})
MATCH (w:Work {id: row.work})
MERGE (n)-[c:CITES]->(w)
SET c.pages = row.pages, c.pagesIn = row.pagesIn, c.ibid = row.ibid;

// ---------------------------------------------------------------------------------------------
// Notes citing archival documents. pagesIn: the work the pages belong to ("cited in").
// ---------------------------------------------------------------------------------------------

UNWIND [
  {note: 21, doc: 'aprf-1949-04-17-stalin-to-shtykov', pages: '13', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1949-04-20-shtykov-to-stalin', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1949-04-20-vasilevskii-shtykov-to-stalin', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1949-05-02-shtykov-to-stalin', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1949-07-13-shtykov-to-moscow', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1949-10-26-stalin-to-shtykov', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 22, doc: 'aprf-1950-01-06-shtykov-to-moscow', pages: '13, 16-17, 19, 24, 26', pagesIn: 'torkunov-2000'},
  {note: 23, doc: 'cfma-118-00080-01', pages: '1-3'},
  {note: 26, doc: 'aprf-1950-05-15-roshchin-to-stalin', pages: '69', pagesIn: 'torkunov-2000'},
  {note: 27, doc: 'mao-to-stalin-1950-11-15', pages: '18', pagesIn: 'kraus-e-dossier-9'},
  {note: 33, doc: 'ccp-draft-agreement-joint-headquarters-1950-12-08', pages: null},
  {note: 37, doc: 'aprf-1952-02-08-encryption-16239', pages: '251', pagesIn: 'torkunov-2000'},
  {note: 38, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '261', pagesIn: 'torkunov-2000'},
  {note: 43, doc: 'aprf-1951-11-14-encryption-25902', pages: '247', pagesIn: 'torkunov-2000'},
  {note: 44, doc: 'aprf-1952-q1-razuvaev-report', pages: '91', pagesIn: 'shen-li-2011', leaves: '157-58'},
  {note: 46, doc: 'aprf-1952-07-18-encryption-21646', pages: '254', pagesIn: 'torkunov-2000'},
  {note: 47, doc: 'aprf-1952-07-18-encryption-21646', pages: '254-55', pagesIn: 'torkunov-2000', ibid: true},
  {note: 48, doc: 'aprf-1952-07-18-encryption-21646', pages: '256', pagesIn: 'torkunov-2000', ibid: true},
  {note: 49, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '258', pagesIn: 'torkunov-2000'},
  {note: 50, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '262', pagesIn: 'torkunov-2000', ibid: true},
  {note: 51, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '258', pagesIn: 'torkunov-2000'},
  {note: 52, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '259', pagesIn: 'torkunov-2000', ibid: true},
  {note: 53, doc: 'aprf-1952-08-20-stalin-zhou-minutes', pages: '260-62', pagesIn: 'torkunov-2000'},
  {note: 55, doc: 'cfma-105-00235-09', pages: '56-59'},
  {note: 59, doc: 'stalin-to-gottwald-1950-08-27', pages: '80-81', pagesIn: 'zubok-2007'},
  {note: 60, doc: 'aprf-1951-07-05-encryption-3410', pages: '238-39', pagesIn: 'torkunov-2000'},
  {note: 61, doc: 'aprf-1953-03-19-council-of-ministers-statement', pages: '273, 279', pagesIn: 'torkunov-2000'},
  {note: 62, doc: 'aprf-1953-03-29-telegram-8265', pages: '280', pagesIn: 'torkunov-2000'},
  {note: 63, doc: 'aprf-1953-03-19-council-of-ministers-statement', pages: '280, 282', pagesIn: 'torkunov-2000'},
  {note: 71, doc: 'amvrb-1953-orphans-report', pages: null},
  {note: 71, doc: 'pa-mfaa-a7077-relations-1950-1954', pages: '240, 244'},
  {note: 78, doc: 'rgani-1956-07-24-petrov-nam-il', pages: '301-3'},
  {note: 82, doc: 'amvrb-1966-02-04-taean-visit', pages: '6-7'},
  {note: 83, doc: 'pa-mfaa-c316-78-socio-economic-analysis', pages: '36-37'},
  {note: 91, doc: 'cfma-204-00614-02', pages: '37'},
  {note: 95, doc: 'amvrb-1963-01-29-report-on-1962', pages: '13'},
  {note: 96, doc: 'amvrb-1963-01-29-report-on-1962', pages: '14', ibid: true},
  {note: 97, doc: 'amvrb-1963-01-29-report-on-1962', pages: '14', ibid: true},
  {note: 99, doc: 'pa-mfaa-a7126-relations-1963', pages: '37'},
  {note: 100, doc: 'avprf-1963-01-03-moskovsky-pak-songchol', pages: '8-12'},
  {note: 101, doc: 'amvrb-1964-02-20-economic-development-1963', pages: '66'},
  {note: 101, doc: 'amvrb-1964-02-05-political-development-1963', pages: '8'},
  {note: 103, doc: 'cfma-106-00581-03', pages: '19-20'},
  {note: 104, doc: 'cfma-106-00581-06', pages: '32-33'},
  {note: 106, doc: 'amvrb-1963-01-29-report-on-1962', pages: '9-11'},
  {note: 109, doc: 'anic-1965-07-26-ccp-delegation-transcript', pages: '2-15'},
  {note: 110, doc: 'amvrb-1967-06-12-hungarian-military-delegation', pages: '30'},
  {note: 110, doc: 'pa-mfaa-c65-77-economy-1965', pages: '20'},
  {note: 112, doc: 'amvrb-1962-09-05-four-students', pages: '1-5'},
  {note: 112, doc: 'amvrb-1969-01-28-annual-report-1968', pages: '6'}
] AS row
MATCH (n:Note {id: 'agov-2013/n' + row.note})
MATCH (d:Document {id: row.doc})
MERGE (n)-[c:CITES]->(d)
SET c.pages = row.pages, c.pagesIn = row.pagesIn, c.leaves = row.leaves, c.ibid = row.ibid;

// ---------------------------------------------------------------------------------------------
// Citation caveats on the notes, in our words. Notes 34 and 89 cite nothing (explanatory).
// ---------------------------------------------------------------------------------------------

UNWIND [
  {note: 3, caveatKind: 'spelling',
   caveat: 'The speech\'s title is spelled "Chŏngjŏn hyŏpjŏng ch\'egyŏl e chŭumhayŏ" here and "Chŏngiŏn hyŏpjŏng ch\'egyŏl e chŭmhayŏ" in the bibliography.'},
  {note: 8, caveatKind: 'spelling',
   caveat: 'Spells the author "Zhusui Li"; note 7 and the bibliography have "Zhisui Li".'},
  {note: 22, caveatKind: 'citation',
   caveat: 'One reference string ("fond 3, opis 65, delo 3, 5, 6, 91") and one page list of Torkunov for six telegrams, not assigned to each; "Vasylevskii" for Vasilevskii. The body reports from these 1949 telegrams figures for "the first quarter of 1950", probably a slip for 1949.'},
  {note: 24, caveatKind: 'citation',
   caveat: '"Cited in" Torkunov without naming the document (the Stalin-Kim talks of April 1950); recorded as a citation of Torkunov.'},
  {note: 35, caveatKind: 'citation',
   caveat: '"Cited in" Shen and Li without naming the document (Peng Dehuai\'s words to Kim, 10 January 1951); recorded as a citation of the book.'},
  {note: 33, caveatKind: 'citation',
   caveat: 'Names the draft agreement of 8 December 1950 with no archive or publication.'},
  {note: 37, caveatKind: 'citation',
   caveat: '"APRE" for APRF; the page is given twice ("; 251"); the encryption is dated February 8, 1952, while the body dates Pak Hŏnyŏng\'s statement January 1951 (probably January 1952).'},
  {note: 38, caveatKind: 'citation',
   caveat: 'Gives "fond 3, opis 1, delo 329" for the Stalin-Zhou minutes of 20 August 1952, published as APRF fond 45, opis 1, delo 329. The only note that spells out APRF.'},
  {note: 44, caveatKind: 'citation',
   caveat: '"ARPF" for APRF, "Ruzavaev" for Razuvaev, "first season" for the first quarter of 1952; fond 01020 with a papka is the form of AVPRF (fond 0102), so the archive is in doubt.'},
  {note: 45, caveatKind: 'citation',
   caveat: '"Cited in" Shen without naming the document (Kim Il Sung to Mao, February 1952); recorded as a citation of the article.'},
  {note: 48, caveatKind: 'interpretation',
   caveat: '"Ibid." for Kim Il Sung\'s reply to Mao, which is probably a separate telegram quoted on Torkunov p. 256; resolved to the encryption of note 46.'},
  {note: 49, caveatKind: 'citation',
   caveat: 'Gives "fond 3, opis 1, delo 329" for the Stalin-Zhou minutes, published as APRF fond 45, opis 1, delo 329.'},
  {note: 51, caveatKind: 'citation',
   caveat: 'Gives "fond 3, opis 1, delo 329" for the Stalin-Zhou minutes, published as APRF fond 45, opis 1, delo 329.'},
  {note: 53, caveatKind: 'citation',
   caveat: 'Gives "fond 3, opis 1, delo 329" for the Stalin-Zhou minutes, published as APRF fond 45, opis 1, delo 329.'},
  {note: 59, caveatKind: 'citation',
   caveat: 'Cites Zubok\'s A Failed Empire, which is missing from the bibliography; the cable to Gottwald is named in the body only.'},
  {note: 60, caveatKind: 'date',
   caveat: 'Dates encryption No. 3410 July 5, 1951; the body says June 1951, and the telegram is published under June 5, 1951.'},
  {note: 63, caveatKind: 'citation',
   caveat: 'Cites the Council of Ministers statement of March 19, 1953 for Chinese positions of early July 1953; probably a repeat of note 61 in place of the intended document.'},
  {note: 70, caveatKind: 'spelling',
   caveat: '"V. Vanin Iu" for the editor Iu. V. Vanin.'},
  {note: 78, caveatKind: 'citation',
   caveat: '"Fond 5, Delo 28, Delo 410": "Delo" twice where an opis is expected (fond 5, opis 28, delo 410); "DRPK" for DPRK.'},
  {note: 82, caveatKind: 'citation',
   caveat: 'Its reference "Opis 19p, delo 39, 726" is the one note 106 gives for a report of January 1963; one of the two is probably wrong.'},
  {note: 90, caveatKind: 'citation',
   caveat: 'Pages listed out of order, and 375 lies inside 366-76.'},
  {note: 95, caveatKind: 'citation',
   caveat: 'Cites the report of January 29, 1963 with no archival reference and calls Stoichkov "Ambassador"; note 106 cites the same report with a reference and calls him "First Secretary".'},
  {note: 101, caveatKind: 'citation',
   caveat: 'One reference for two reports; "Luben" Stoichkov where notes 95 and 106 have "Ljuben".'},
  {note: 103, caveatKind: 'interpretation',
   caveat: 'The record names "Kim Il [Sung]": the bracket is the author\'s, and Kim Il was also the name of the DPRK\'s first vice premier.'},
  {note: 106, caveatKind: 'citation',
   caveat: 'Gives "Opis 19p, delo 39, 726", the reference note 82 gives for a memo of February 1966; calls Stoichkov "First Secretary" where note 95 says "Ambassador".'},
  {note: 114, caveatKind: 'spelling',
   caveat: '"Günter Nischof" for the editor Günter Bischof (also in the bibliography).'}
] AS row
MATCH (n:Note {id: 'agov-2013/n' + row.note})
SET n.caveat = row.caveat, n.caveatKind = row.caveatKind;
