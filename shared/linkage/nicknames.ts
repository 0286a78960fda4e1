/**
 * Common English given-name nicknames, by the formal name they shorten. Compiled by hand from
 * everyday usage (no external list is copied); lower-case ASCII, as normalisation leaves names.
 *
 * Deliberately small: a nickname links two spellings only through an extra feature of the
 * fuzzy encoding, never through an exact key, so a wrong or missing entry costs a little
 * similarity, not a false link. Extend it for other languages ("sasha" → "aleksandr") when a
 * federation's data needs it; every data owner must use the same list, since it shapes the
 * encodings.
 */
const NICKNAMES_BY_FORMAL: Readonly<Record<string, readonly string[]>> = {
  abigail: ['abby', 'abbie', 'gail'],
  abraham: ['abe', 'bram'],
  albert: ['al', 'bert', 'bertie'],
  alexander: ['alex', 'al', 'sandy', 'xander', 'lex', 'sasha'],
  alexandra: ['alex', 'sandra', 'sandy', 'lexie', 'sasha'],
  alfred: ['alf', 'alfie', 'fred', 'freddie'],
  alice: ['ally', 'allie'],
  allison: ['ally', 'allie', 'alli'],
  amanda: ['mandy', 'manda'],
  andrew: ['andy', 'drew'],
  angela: ['angie'],
  anthony: ['tony', 'ant'],
  arthur: ['art', 'artie'],
  barbara: ['barb', 'barbie', 'babs'],
  benjamin: ['ben', 'benny', 'benji'],
  bernard: ['bernie'],
  beverley: ['bev'],
  bradley: ['brad'],
  bridget: ['bridie', 'biddy'],
  cameron: ['cam'],
  caroline: ['carrie', 'caro'],
  catherine: ['cathy', 'cath', 'kate', 'katie', 'kathy', 'cat'],
  charles: ['charlie', 'chuck', 'chas', 'chaz'],
  charlotte: ['charlie', 'lottie', 'lotte'],
  christina: ['chris', 'tina', 'chrissy'],
  christine: ['chris', 'chrissy', 'tina'],
  christopher: ['chris', 'kit', 'topher'],
  clifford: ['cliff'],
  cynthia: ['cindy'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davy', 'davie'],
  deborah: ['deb', 'debbie', 'debby'],
  dennis: ['den', 'denny'],
  donald: ['don', 'donny'],
  dorothy: ['dot', 'dottie', 'dolly'],
  douglas: ['doug', 'dougie'],
  edward: ['ed', 'eddie', 'ted', 'teddy', 'ned'],
  eleanor: ['ellie', 'nell', 'nora'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'betsy', 'eliza', 'libby', 'bess', 'lisa'],
  emily: ['em', 'emmy'],
  frances: ['fran', 'frankie'],
  francis: ['frank', 'frankie'],
  frederick: ['fred', 'freddie', 'freddy'],
  gabriel: ['gabe'],
  gabrielle: ['gabby', 'gabi'],
  geoffrey: ['geoff', 'jeff'],
  gerald: ['gerry', 'jerry'],
  gregory: ['greg'],
  harold: ['harry', 'hal'],
  helen: ['nell', 'nellie'],
  henry: ['harry', 'hank', 'hal'],
  jacob: ['jake', 'jay'],
  jacqueline: ['jackie', 'jacqui'],
  james: ['jim', 'jimmy', 'jamie', 'jem'],
  janet: ['jan', 'jenny'],
  jennifer: ['jen', 'jenny', 'jenna'],
  jessica: ['jess', 'jessie'],
  johanna: ['jo', 'hanna'],
  john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'jonny', 'nathan'],
  joseph: ['joe', 'joey', 'jos'],
  josephine: ['jo', 'josie'],
  joshua: ['josh'],
  judith: ['judy', 'jude'],
  katherine: ['kate', 'katie', 'kathy', 'kath', 'kat', 'kit'],
  kenneth: ['ken', 'kenny'],
  kimberley: ['kim', 'kimmy'],
  lawrence: ['larry', 'laurie'],
  leonard: ['len', 'lenny', 'leo'],
  lillian: ['lil', 'lily'],
  louise: ['lou', 'lulu'],
  margaret: ['maggie', 'meg', 'peggy', 'marge', 'madge', 'greta', 'rita'],
  matthew: ['matt', 'matty'],
  melissa: ['mel', 'missy', 'lissa'],
  michael: ['mike', 'mick', 'micky', 'mickey', 'mikey'],
  michelle: ['shelly', 'chelle', 'micki'],
  nathaniel: ['nat', 'nate', 'nathan'],
  nicholas: ['nick', 'nicky', 'nico'],
  nicole: ['nicky', 'nikki', 'cole'],
  oliver: ['ollie', 'noll'],
  olivia: ['liv', 'livvy', 'ollie'],
  patricia: ['pat', 'patty', 'trish', 'tricia'],
  patrick: ['pat', 'paddy', 'rick'],
  peter: ['pete'],
  philip: ['phil', 'pip'],
  phillip: ['phil'],
  rachel: ['rach'],
  raymond: ['ray'],
  rebecca: ['becky', 'becca', 'bec'],
  richard: ['rick', 'ricky', 'rich', 'dick', 'richie'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  ronald: ['ron', 'ronnie'],
  samantha: ['sam', 'sammy'],
  samuel: ['sam', 'sammy'],
  sarah: ['sally', 'sadie'],
  stephanie: ['steph', 'stevie'],
  stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'],
  susan: ['sue', 'susie', 'suzy'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim', 'timmy'],
  victoria: ['vicky', 'vikki', 'tori'],
  vincent: ['vince', 'vinnie'],
  walter: ['walt', 'wally'],
  william: ['will', 'bill', 'billy', 'willy', 'liam'],
  zachary: ['zach', 'zack'],
};

/**
 * The nicknames of a formal given name (folded, lower-case), the list read the other way round:
 * what a synthetic-data generator writes for "robert" so that linkage must undo it.
 */
export function nicknamesOf(formal: string): readonly string[] {
  return Object.hasOwn(NICKNAMES_BY_FORMAL, formal) ? (NICKNAMES_BY_FORMAL[formal] as readonly string[]) : [];
}

/** At most this many formal names per nickname: "al" could be Albert, Alan or Alexander. */
const MAX_FORMS = 3;

const FORMAL_BY_NICKNAME: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const [formal, nicknames] of Object.entries(NICKNAMES_BY_FORMAL)) {
    for (const nickname of nicknames) {
      const forms = map.get(nickname) ?? [];
      if (forms.length < MAX_FORMS && !forms.includes(formal)) forms.push(formal);
      map.set(nickname, forms);
    }
  }
  return map;
})();

/**
 * The formal given names a folded given-name word may stand for: the formal names a nickname
 * shortens ("bob" → ["robert"], "al" → ["albert", "alexander"]), else the word itself. A word
 * that is both a formal name in the list and a nickname gives itself first, then what it shortens.
 *
 * @example givenNameForms('bill') // ['william']; givenNameForms('william') // ['william']
 */
export function givenNameForms(word: string): readonly string[] {
  const formal = FORMAL_BY_NICKNAME.get(word);
  if (formal === undefined) return [word];
  return Object.hasOwn(NICKNAMES_BY_FORMAL, word) ? [word, ...formal].slice(0, MAX_FORMS) : formal;
}
