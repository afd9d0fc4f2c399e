/// Word lists of the conversation rules (outcome, sentence classes). English only, general
/// support language; see docs/metrics.md.
package enum ConversationVocabulary {
  /// Words a courtesy or acknowledgement turn is made of: "ok thanks", "DM sent", "will do".
  package static let courtesy = WordSet(
    """
    ok okay k kk alright thanks thank thanx thx ty ta cheers you so much very great cool perfect awesome \
    brilliant lovely nice good will do done sent dm dmed dmd messaged followed following follow sure yes \
    yep yeah noted appreciate appreciated it that again got it all right fab excellent amazing wonderful \
    understood gotcha fine i have just did a lot for the your help night goodnight nite morning evening \
    bye goodbye later cya
    """)
  /// Words that make a customer turn something to answer: a problem, a complaint, a request.
  package static let problemWords = WordSet(
    """
    not no never nothing can cannot cant unable broke broken issue issues problem problems help error \
    errors fail failed failing fails missing wrong late delay delayed refund refunded charged charge \
    overcharged cancel cancelled canceled why how when where what who which down outage stuck lost \
    worst terrible horrible awful ridiculous disappointed disappointing annoyed annoying poor rude waiting \
    please pls plz need needs want wants complaint complain fix fixed crash crashes crashing slow \
    bug bugs glitch hacked locked declined rejected
    """)
  /// Words a closing invitation opens with: "feel free to…", "if you need…", "don't hesitate…".
  package static let invitations = WordSet("feel if should whenever anytime hesitate any")
  /// Words after which a capitalised word is the name of the person addressed ("Hi Tim").
  package static let greetingWords = WordSet("hi hello hey hiya dear thanks thank morning afternoon evening")
  /// Words an acknowledgement opens with: "sure, I'll do that now", "ok, thanks".
  package static let acknowledgements = WordSet(
    "sure ok okay thanks thank thx ty done sent will yes yep yeah great cool perfect alright noted brilliant awesome")
  /// Praise and thanks.
  package static let praiseWords = WordSet(
    """
    love loved loving great amazing awesome best thanks thank brilliant excellent fantastic wonderful \
    perfect kudos shoutout appreciate happy enjoy enjoyed enjoying congrats congratulations delicious yum \
    yummy beautiful fab favourite favorite
    """)
  /// Function words: never the substance of a sentence.
  package static let functionWords = WordSet(
    """
    a an the and or but so if then than to of for in on at by with from about as into onto up out over \
    under again this that these those it its i me my mine we us our ours you your yours he him his she \
    her they them their theirs is am are was were be been being do does did doing have has had having \
    will would can could may might must shall should not no yes there here what which who whom whose when \
    where why how all any some each every both either neither just also too very really quite more most \
    much many few little such own same other another only even still already yet please kindly thanks \
    thank ty hi hello hey dear oh ah hmm well let
    """)
  /// Words every support reply uses: never the substance of a sentence either.
  package static let supportWords = WordSet(
    """
    issue issues problem problems trouble help helping helped assist assistance team teams account \
    accounts details detail info information experience concern concerns question questions situation \
    matter further look looking closer able sure happy glad sorry know let need needs like love want get \
    got make take see check find send reach contact message messages dm dms email address name number \
    order today soon right now time way thing things hear hearing happened happening going sounds seems \
    feel free anything something everything someone everyone support customer customers service care \
    best great good day days moment follow following update updates provide share confirm directly \
    possible note link via option options tweet twitter social channel apologies inconvenience \
    frustration delay feedback reaching reply response back assisting understand appreciate sounds \
    device devices operating system version model browser app os phone carrier country username \
    gamertag store location barcode receipt date booking reservation reference postcode zip code \
    screenshot photo picture serial using seeing getting happens occurring assisting \
    important expected expect performance track exact particular specific started start begin
    """)
}

extension ConversationVocabulary {
  /// Last words of a message that leave its sentence open for the next message.
  package static let continuingEnds: Set<String> = [
    "and", "or", "but", "the", "a", "an", "your", "our", "to", "of", "with", "for", "we", "you", "in", "on", "at",
    "by", "from", "that", "so", "if", "as", "is", "are", "be", "will", "can", "please",
  ]
}
