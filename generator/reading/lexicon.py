"""The word lists the sentence-structure reader and the stance reader rest on (data only).

Each list is a closed class of English function words, or the few open-class words whose
grammar matters here (verbs of saying, of wishing, of refusing). Lower case; whole tokens.
"""

from __future__ import annotations

BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "'s", "isn't",
                "aren't", "wasn't", "weren't"})
HAVE = frozenset({"has", "have", "had", "having", "'ve", "hasn't", "haven't", "hadn't"})
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
MODALS = frozenset({"will", "would", "shall", "should", "can", "could", "may", "might",
                    "must", "'ll", "'d", "won't", "wouldn't", "can't", "cannot", "couldn't",
                    "shouldn't", "mustn't", "mightn't", "shan't"})
NEGATIONS = frozenset({"not", "never", "n't", "nor", "neither", "cannot"})
# "not only", "no less than", "not least", "no later than": qualifiers, not negations.
NOT_NEGATED_AFTER = frozenset({"only", "just", "least", "less", "more", "fewer", "later",
                               "earlier", "longer", "sooner", "doubt"})

# Words that open a subordinate clause, and what kind it is.
SUBORDINATORS: dict[str, str] = {
    **dict.fromkeys(("if", "unless", "whether"), "condition"),
    **dict.fromkeys(("after", "before", "until", "till", "once", "when", "whenever"), "time"),
    **dict.fromkeys(("because", "since", "although", "though", "whereas", "while"), "reason"),
    **dict.fromkeys(("why", "how", "what", "whatever", "where"), "content"),
}
# Subordinators that are also prepositions: a clause only when a verb follows.
ALSO_PREPOSITIONS = frozenset({"after", "before", "until", "till", "since", "once"})
RELATIVES = frozenset({"who", "which", "whom", "whose"})
# ", and"/", but": a clause of its own; " but"/" despite" without a comma too.
COORDINATORS = frozenset({"and", "but", "while", "whereas", "although", "though", "yet",
                          "so", "however", "or"})
BARE_BREAKS = frozenset({"but", "despite"})

DETERMINERS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their",
                         "his", "her", "our", "your", "my", "some", "any", "each", "every",
                         "all", "both", "no", "another", "other", "such"})
DEFINITE = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "your",
                      "my", "all"})
PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "you", "there", "this", "that",
                      "who", "which"})
PREPOSITIONS = frozenset({"of", "in", "on", "at", "to", "for", "from", "by", "with", "into",
                          "onto", "about", "over", "under", "between", "among", "against",
                          "through", "during", "per", "via", "than", "as", "within",
                          "without", "across", "toward", "towards", "around", "near", "off",
                          "out", "up", "down", "amid", "despite", "including", "beyond"})

# Verbs of saying: "X said", "told", "warned"; the clause after them is X's words.
SAY_VERBS = frozenset({
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "warned", "warns",
    "warning", "argued", "argues", "arguing", "stated", "states", "announced", "announces",
    "announcing", "added", "adds", "adding", "noted", "notes", "noting", "wrote", "writes",
    "confirmed", "confirms", "confirming", "tweeted", "posted", "insisted", "insists",
    "explained", "explains",
    "assured", "predicted", "predicts", "estimated", "estimates", "believes", "believed",
    "thinks", "thought", "reported", "reports", "reporting", "claimed", "claims",
    "claiming", "alleged", "alleges", "quoted", "cited", "acknowledged", "admitted",
    "asserted", "promised", "calculates", "calculated", "maintain", "maintains",
    "maintained", "estimate", "predict", "contend", "contends", "contended", "pledged",
    "vowed", "suggested", "indicated", "concluded", "concludes",
    "spoke",  # "spoke in press conference that ..."
})
# Between "and" and a second verb group: "and still has not closed", "and instead wrote".
LINKING_ADVERBS = frozenset({"still", "instead", "also", "then", "later", "now", "so",
                             "even", "yet", "eventually", "finally", "quickly", "soon"})
# A headline's source after a colon: "...: report".
HEADLINE_SOURCES = frozenset({"report", "reports", "sources", "media", "reuters"})
# Of these, the ones that make a claim second-hand whoever speaks.
HEARSAY_VERBS = frozenset({"reported", "reports", "reporting", "claimed", "claims",
                           "claiming", "alleged", "alleges"})
DENIAL_VERBS = frozenset({"denied", "denies", "deny", "denying", "rejected", "rejects",
                          "refuted", "refutes", "dismissed", "dismisses", "disputed",
                          "disputes"})
# The heads of an appositive whose relative clause may leave out "that": ", something
# the agency wants to do in the 2030s" (trial 6: the sentence's "will" governed it).
APPOSITIVE_HEADS = frozenset({"something", "anything", "everything"})
# A count whose noun is left out and not the one before it: "The five companies join nine
# others" (other companies), but "two soldiers and nine others were killed" (other people).
# It counts nothing, borrows no earlier count's noun, and takes one only by 'noun_from:'
# (trial 6: the hint proposed the noun "other").
ELIDED_NOUNS = frozenset({"others"})
# Verbs that deny their object with the particle "out": "has ruled out Taliban
# involvement" denies the involvement (trial 6 published it as stated).
OUT_DENIALS = frozenset({"rule", "ruled", "rules", "ruling"})
# What may stand between a verb of saying and its words: "said on Tuesday that",
# "told reporters", "said in a statement".
# Verbs of saying with the one told before the words told ("told US media this month
# that ..."): the words start at "that".
TELLING = frozenset({"told", "tells", "tell", "telling", "assured", "assures", "informed",
                     "informs", "reminded", "reminds", "warned", "warns"})
SAY_ADVERBIALS = frozenset({
    "on", "in", "at", "last", "this", "next", "earlier", "late", "early", "today",
    "yesterday", "tonight", "a", "an", "the", "statement", "interview", "news", "conference",
    "briefing", "week", "month", "year", "morning", "evening", "afternoon", "night",
    "reporters", "journalists", "him", "her", "them", "us", "me", "also", "again",
    "repeatedly", "publicly", "previously", "separately", "later", "then", "recently",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september",
    "october", "november", "december", "written", "televised", "speech", "post", "tweet",
    # "wrote in a blog post that the couple had been transported" (Smithsonian, trial 5)
    "blog", "letter", "email", "memo", "video", "message", "filing", "column", "essay",
    "podcast", "address", "remarks", "broadcast",
})
# Who speaks without a name: the claim is second-hand.
ANONYMOUS = frozenset({"source", "sources", "insider", "insiders", "familiar",
                       "anonymity", "unnamed", "anonymous", "unidentified"})
# The outlet speaks of its own earlier words: a correction supports nothing.
CORRECTION_WORDS = ("earlier version", "previous version", "incorrectly", "erroneously",
                    "misstated", "misreported", "wrongly")

# Verbs that take "for" and make what follows a forecast or a demand, not an event:
# "forecasters calling for an additional 1½ feet" (expected).
CALL_FOR = frozenset({"call", "calls", "calling", "called"})

# Verbs that take "to" + a verb and put it in doubt, with the stance they give it.
CATENATIVES: dict[str, str] = {
    **dict.fromkeys(("expected", "expects", "expect", "set", "due", "scheduled", "slated",
                     "poised", "plans", "plan", "planned", "planning", "intends", "intend",
                     "intended", "aims", "aim", "aimed", "going", "promised", "pledged",
                     "vowed", "agreed", "agrees", "projected", "forecast"),
                    "expected"),
    **dict.fromkeys(("wants", "want", "wanted", "hopes", "hope", "hoped", "hoping", "seeks",
                     "seek", "sought", "seeking", "wishes", "wish", "trying", "tries",
                     "tried", "try", "attempt", "attempted", "attempting", "threatened",
                     "threatens", "offered", "offers", "proposed", "proposes", "considering",
                     "weighing", "likely"),
                    "possible"),
    **dict.fromkeys(("refused", "refuses", "refuse", "failed", "fails", "fail", "failing",
                     "declined", "declines", "decline", "unable", "neglected"), "denied"),
}
# Of these, past attempts: a date in their scope is when the attempt was made, which is
# stated ("Beijing attempted to rein in public solar subsidies at the end of May last
# year", pv magazine, trial 7), unless a deadline word makes it the aim ("tried to finish
# by May").
PAST_ATTEMPTS = frozenset({"attempted", "tried", "sought"})
DEADLINE_WORDS = frozenset({"by", "until", "till", "before", "within"})
# Of these, the ones whose subject is in their scope ("Forty trams are expected to be
# built"); the others leave their subject stated ("The army wants to buy 24 drones").
RAISING = frozenset({"expected", "expects", "expect", "set", "due", "scheduled", "slated",
                     "poised", "going", "likely", "projected", "forecast", "unable"})
# A stance word anywhere in its clause.
STANCE_ADVERBS: dict[str, str] = {
    **dict.fromkeys(("reportedly", "allegedly", "purportedly", "supposedly",
                     "unconfirmed", "rumoured", "rumored"), "reported"),
    **dict.fromkeys(("possibly", "potentially", "perhaps", "maybe", "conceivably",
                     "possibility"), "possible"),
    # "Merrill said it is doubtful the outcome ... will change": not stated (trial 18)
    **dict.fromkeys(("doubtful", "unlikely", "improbable"), "possible"),
}
# Words in front of a noun that belong to the value: "a proposed levy of 4%" is not a levy.
VALUE_WORDS = frozenset({"proposed", "planned", "draft", "mooted", "prospective",
                         "would-be", "envisaged", "former", "ex", "onetime", "erstwhile"})
# Of these, the ones that make a thing a plan: what a relative clause says of it is an
# expectation ("the planned new tranche of U.S. duties - which covers 3,805 product
# categories -").
PLAN_WORDS = frozenset({"proposed", "planned", "draft", "mooted", "prospective", "would-be",
                        "envisaged"})
# Words that put a saying at a moment since passed: "At one point, ... had said they would
# provide no backing" (they later did): whether its "would" came about, the text leaves open.
SUPERSEDED_TIMES = ("at one point", "at first", "initially", "originally", "at the time")
# Speakers that measure: what "would" is in their findings may be their projection or
# their estimate of what they measured ("exit polls indicated that black voters would
# make up 28 percent of the voters").
MEASURERS = frozenset({"poll", "polls", "survey", "surveys", "analysis", "analyses", "data",
                       "tally", "tallies", "count", "counts", "census"})
# A value word named in the fact's subject or property belongs to the fact: its stem.
VALUE_WORD_STEMS: dict[str, tuple[str, ...]] = {
    "proposed": ("propos",), "planned": ("plan",), "draft": ("draft",),
    "mooted": ("moot",), "prospective": ("prospect",), "would-be": ("would-be",),
    "envisaged": ("envisag",), "projected": ("project",), "former": ("former",),
    "ex": ("ex-", "former"), "onetime": ("onetime", "former"), "erstwhile": ("former",),
}
# What a bill, deal or plan "would" do is a provision: what it provides, not an event.
MEASURES = frozenset({"bill", "bills", "deal", "deals", "plan", "plans", "law", "laws",
                      "measure", "measures", "legislation", "agreement", "agreements",
                      "contract", "contracts", "proposal", "proposals", "package", "budget",
                      "amendment", "act", "treaty", "accord", "pact", "rule", "rules",
                      "order", "reform", "scheme", "policy", "programme", "program", "declaration",
                      "framework", "compromise", "resolution", "provision", "provisions"})

# Past tenses that do not end in -ed: a finite verb the reader can see.
IRREGULAR_PAST = frozenset({
    "won", "took", "made", "gave", "went", "came", "saw", "got", "sold", "bought", "built",
    "hit", "cut", "put", "left", "sank", "rose", "fell", "began", "held", "paid", "lost",
    "met", "ran", "led", "kept", "brought", "told", "found", "spent", "sent", "struck",
    "shot", "drew", "grew", "flew", "threw", "knew", "wrote", "spoke", "broke", "chose",
    "drove", "beat", "became", "caught", "dealt", "fed", "felt", "fought", "fled", "froze",
    "hung", "heard", "hid", "laid", "lent", "lit", "meant", "quit", "rang", "rode", "sought",
    "shook", "shut", "slid", "split", "spread", "stood", "stole", "stuck", "swept", "swung",
    "taught", "tore", "understood", "upheld", "withdrew", "wore", "overtook", "overcame",
    "undertook", "arose", "said", "thought", "did", "had", "was", "were", "sat", "slept",
    "wound", "bet", "bid", "burst", "cast", "cost", "forbade", "forgave", "mistook",
    "overran", "overthrew", "rebuilt", "reset", "shrank", "sprang", "swore", "woke",
})
# Words in -ing that are nouns or prepositions, not a participle opening a clause.
ING_NOT_VERBS = frozenset({
    "according", "during", "including", "regarding", "concerning", "following",
    "building", "funding", "spending", "meeting", "morning", "evening", "king", "ring",
    "thing", "nothing", "something", "anything", "everything", "ceiling", "being",
    "training", "housing", "shipping", "pricing", "ruling", "hearing", "bring", "spring",
    "string", "wing", "sibling", "setting", "offering", "pending", "beijing",
    "wedding", "painting", "landing", "bombing", "shooting", "opening", "reading",
    "rating", "timing", "rising", "ending", "beginning", "standing", "booking", "filing",
    "sting", "swing", "kling", "ming", "billing", "earnings", "holdings", "savings",
    "wording", "recording",
})
# Past participles that open a reduced relative after a comma: ", called the X Act".
REDUCED_RELATIVES = frozenset({"called", "named", "dubbed", "known", "titled", "entitled",
                               "nicknamed", "branded", "labelled", "labeled", "valued",
                               "worth", "based", "led", "headed", "owned", "built",
                               "designed", "signed", "approved", "passed", "introduced",
                               "sponsored", "written", "issued", "released", "published"})
# "claimed five lives": a toll, not a claim; the verb of saying is no saying before these.
TOLL_NOUNS = frozenset({"life", "lives", "victims"})
# Adjectives that hedge as a predicate: "Also possible are surges", "more talks are likely".
PREDICATE_HEDGES: dict[str, str] = {"possible": "possible", "likely": "possible",
                                    "probable": "possible"}
# A hedge that also reads as an expectation ("would", "was likely to").
ALSO_EXPECTED = frozenset({"would", "wouldn't", "'d", "likely"})
# Verbs that forecast an object's future: "forecasts the river to crest at 35.4 feet".
OBJECT_FORECASTS = frozenset({"forecasts", "forecast", "predicts", "predicted", "projects",
                              "projected", "expects", "expected"})
# A noun of possibility before "of": "the possibility of imposing duties of up to 25%" is
# possible, whatever plan or will governs the noun.
POSSIBILITY_NOUNS = frozenset({"possibility", "prospect", "threat", "risk", "chance"})
# After a modal, the standard of a comparison is not in its scope: "will be similar to
# those in hurricanes Dennis and Floyd in 1999".
COMPARISONS = frozenset({"than", "similar", "comparable", "equal", "compared", "like"})
# A negated attitude is about its object, not a denial of it: "weren't concerned about
# that facility or five other nuclear plants".
ATTITUDES = frozenset({"concerned", "worried", "sure", "aware", "happy", "pleased",
                       "convinced", "afraid", "surprised", "satisfied", "confident",
                       "optimistic", "interested"})
ATTITUDE_PREPOSITIONS = frozenset({"about", "over", "of", "with", "by", "in"})
# Words between a negation and the participle it negates: "not currently targeted".
NEGATED_ADVERBS = frozenset({"currently", "yet", "already", "fully", "always", "even",
                             "previously", "immediately"})
# Time words that put a noun in the future: "up to 3.5ft of rain over the next few days".
FUTURE_TIME = ("over the next", "in the next", "in the coming", "over the coming",
               "during the next", "through the next")
# A process under way governs what it names after "of": "has started the process of
# levying tariffs on another $325 billion" is expected, not levied.
PROCESS_NOUNS = frozenset({"process"})
# Verbs whose object does what the "to" after it says: "advised residents ... to go".
# What makes a present-tense "if" sentence a rule in force rather than a forecast ("State
# law calls for a recount if ...", not "If talks fail, tariffs rise to 25%"): a verb of
# provision in the main clause, or a law as its subject.
RULE_VERBS = frozenset({"calls", "requires", "provides", "mandates", "allows", "permits",
                        "triggers", "entitles", "obliges", "stipulates", "prescribes"})
RULE_NOUNS = frozenset({"law", "laws", "statute", "statutes", "constitution", "regulation",
                        "regulations", "rule", "rules", "code", "ordinance"})
# Words opening a time phrase: a value after one of them, in a negated clause, dates the
# denial rather than being denied ("no poll showed him leading prior to the story on Nov. 9").
TIME_ADJUNCTS = frozenset({"prior", "before", "after", "since"})
OBJECT_CONTROL = frozenset({"advised", "urged", "told", "asked", "ordered", "encouraged",
                            "instructed", "warned", "advises", "urges", "tells", "asks"})
# Nouns whose "that" clause is what someone claims: "allegations that he initiated ...".
CLAIM_NOUNS = frozenset({"allegation", "allegations", "accusation", "accusations", "claim",
                         "claims", "rumor", "rumors", "rumour", "rumours"})
# The subject pronouns that open a claim noun's clause without "that": "tainted by
# allegations he had romantically pursued ... when he was in his 30s" is second-hand.
CLAIM_SUBJECTS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
# A past time right after the value: "the Department of Agriculture's $12 billion plan
# last year" is past, whatever modal governs the clause around it.
PAST_TIME = ("last year", "last month", "last week", "a year ago", "years ago")
# A deliberation before a gerund ("was considering cutting orders"): possible; under a
# second-hand source the deliberation is what is reported, so either stance is true.
DELIBERATIONS = frozenset({"considering", "weighing", "mulling", "contemplating"})
# Past verbs that put a measure in force: what "issued a declaration that will ..." provides
# is a rule in force, stated.
ENACTED = frozenset({"issued", "signed", "passed", "enacted", "approved", "adopted",
                     "declared", "ratified", "imposed", "introduced"})
# Units of a duration: "don't kick in for 2½ weeks" states how long.
DURATION_WORDS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                            "days", "week", "weeks", "month", "months", "year", "years"})
# Predicates whose "if" or "whether" clause is a question, not a condition: "it should be
# clear in three or four weeks if the trip was successful"; what a study "noted if and how
# often" respondents did, it recorded (Newsweek, trial 5).
QUESTION_PREDICATES = frozenset({"clear", "unclear", "know", "knows", "known", "unknown",
                                 "see", "sure", "unsure", "certain", "uncertain", "ask",
                                 "asks", "asked", "wonder", "wonders", "wondered", "decide",
                                 "decides", "decided", "determine", "determines",
                                 "determined", "tell", "learn", "check", "doubt", "note",
                                 "notes", "noted", "record", "records", "recorded"})
# What may stand between such a predicate and its "if": a time ("in three or four weeks").
QUESTION_GAP = frozenset({"in", "within", "by", "soon", "yet", "now", "next", "coming",
                          "few", "a", "the", "or", "\"", "'"}) | DURATION_WORDS
# Times to come that make a "should" an expectation: "should be clear soon".
SOON_WORDS = frozenset({"soon", "shortly", "tomorrow", "next", "later", "eventually"})
# A day after "by" that a "should" reaches is a deadline to come: "The weather should ease
# by Thursday morning" (trial 6); a look back takes "should have".
DEADLINE_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday",
                           "saturday", "sunday", "tomorrow", "tonight", "then"})
# A negative pronoun as the subject negates its clause: "But nothing has been scheduled".
NEGATIVE_SUBJECTS = frozenset({"nothing", "nobody"})
# Verbs of saying that, in the passive, forecast rather than report: "are predicted".
PASSIVE_FORECASTS = frozenset({"predicted", "forecast", "projected"})

# Words that open a quote continuing a predicate begun before it ("and crest Monday
# morning", "before reaching Columbia early Sunday"): the verb that dates such a quote's
# day stands in its sentence, outside the quote.
PREDICATE_LINKS = frozenset({"and", "or", "then", "before", "after", "while", "to", "until"})
# A value that shows up in a forecast model's output is a forecast: "40-50" rainfall totals
# beginning to show up in higher-res guidance" (expected). Narrow on purpose: a verb of
# appearing, "in" or "on", then one of these nouns; "according to exit polls" is no model.
APPEARING = frozenset({"show", "shows", "showing", "showed", "appear", "appears",
                       "appearing", "appeared"})
MODEL_OUTPUTS = frozenset({"guidance", "models", "model", "ensembles", "simulations"})
# A sentence that opens with one of these points back at the sentence before ("Florence
# could dump 18 trillion gallons ... That's enough to ... cover Texas with nearly 4
# inches"): its main clause takes that sentence's hedge. A past "That was" or a "That
# would" of its own is read as written.
ANAPHORIC_OPENERS = ("that's ", "that is ", "this is ", "that means ", "this means ")
# Predicates that presuppose their subject is in place: a tariff that "would remain" or
# "will ever be removed" is in force now; the hedge governs its staying or its removal, not
# the figure that describes it ("whether a 15 percent tariff imposed on consumer goods in
# September would remain"; "if any of his tariffs on $360 billion worth of Chinese goods
# will ever be removed"). Continuation verbs take no "be"; removals are passive.
CONTINUATIONS = frozenset({"remain", "remains", "stay", "stays", "persist", "persists"})
REMOVALS = frozenset({"removed", "lifted", "scrapped", "repealed", "rescinded", "withdrawn",
                      "eliminated", "dropped", "rolled", "reversed", "suspended", "waived"})
# What may stand between the modal and such a predicate: "will ever be removed".
PRESUPPOSITION_GAP = frozenset({"ever", "still", "also", "not", "never", "be", "now",
                                "actually", "really", "in", "place", "fact"})
# A duration then "into" opens a phrase of elapsed time ("more than a year and a half into
# the biggest trade war in modern history,"): the time gone by is presupposed, and a
# negation of the clause after it ("has not yet produced") does not reach it.
ELAPSED_INTO = "into"
# Words of an indirect question whose modal the clause asks about rather than claims:
# "have difficulty figuring out how the United States could increase its ... exports ...
# to much more than $30 billion a year".
QUESTION_WORDS = frozenset({"how"})
# Words before such a "how" that ask it (with QUESTION_PREDICATES): "figuring out how".
ASKING_BEFORE_HOW = frozenset({"out", "figuring", "wondering", "asking", "understand",
                               "understanding", "knowing", "seeing", "about"})

# Months written short with a dot: "Dec. 15" (NYT style). Before a day's number the dot
# ends no sentence ("had planned to impose Dec. 15 on another $160 billion", trial 5).
MONTH_ABBREVIATIONS = frozenset({"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
                                 "Sept", "Oct", "Nov", "Dec"})
# Nouns of a case of illness or harm: "a third case of plague was reported in a 55-year-old
# man", "The first two illnesses were confirmed on November 12": a passive "reported" or
# "confirmed" of one records that it occurred; nobody is quoted (unless "by" names who).
CASE_NOUNS = frozenset({"case", "cases", "illness", "illnesses", "infection", "infections",
                        "death", "deaths", "fatality", "fatalities", "injury", "injuries"})
