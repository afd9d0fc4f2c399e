extension SupportMoveLibrary {
  /// The shipped library of generic support moves, in the format of
  /// docs/metrics.md ("The library of support moves").
  ///
  /// One move per line: `kind | pattern | example | source`.
  ///
  /// - **kind**: `deflect`, `verify`, `apologise`, `hold`, `escalate`, `troubleshoot`,
  ///   `greet`, `close` or `note`; `verify`, `greet`, `close` and `note` are rituals.
  /// - **pattern**: words as the lexer writes them (lower case, contractions expanded:
  ///   "we're" is `we are`, "can't" is `can not`, "let's" is `let us`), separated by
  ///   blanks; `a/b/c` accepts any of the words; `#url`, `#email`, `#number` and `#id`
  ///   accept a web address, an e-mail address, a number and a code; `*N` lets up to N
  ///   other words stand before the next one. Handles (@name) are not words: the lexer
  ///   drops them.
  /// - **example**: a line the pattern matches.
  /// - **source**: where the wording comes from: `general` (common support phrasing,
  ///   written from general knowledge), `abcd-guidelines: FLOW` (the agent guidelines of
  ///   ABCD, `abcd/guidelines.json`), `servicenow-journal` (work notes and comments of
  ///   the ServiceNow demo export `servicenow-unload-xml-yilmazetl/incident.xml`), or
  ///   `twcs: COMPANY` (replies of that company in the Customer Support on Twitter
  ///   samples — only companies of the development set of `bench/quality` (batch 1), never
  ///   the fresh check batch nor the seven ISP accounts of the held-out test).
  ///
  /// Lines starting with `#` and blank lines are ignored.
  package static let shippedText = #"""
    # ── deflect: move the conversation to another channel ─────────────────────────────
    deflect | dm/dms/pm/inbox us | Can you DM us so we can look into this for you? | twcs: Postmates_Help
    deflect | dm/pm/message *1 me | Please DM me when you visited the store and I'll look into this. | twcs: Morrisons
    deflect | dm/dms *2 your/the/with/a/some/more/us/our | Please DM your email address and the reservation code. | twcs: AirbnbHelp
    deflect | send/drop/shoot/give *1 us/me *3 dm/dms/pm/message/note/email/line/call/tweet | Send us a DM with your email address so we can assist. | twcs: Uber_Support
    deflect | direct/private message/messages | Please direct message us your order number! | twcs: NeweggService
    deflect | via/by/through/over/in/into *1 dm/dms/pm/inbox/email/phone/chat/message/messages | Please follow up with us via DM with the details. | twcs: IHGService
    deflect | follow/following *2 us *6 dm/dms/message/messages | Please make sure you are following us, so we can assist you better via a Direct Message. | twcs: AskPlayStation
    deflect | follow us | Would you mind following us and sending a DM? | twcs: XboxSupport
    deflect | check/see *2 your/the dm/dms/inbox/email/emails/messages/message/mail | Please check your DMs for assistance. | twcs: AskPlayStation
    deflect | replied/responded/respond/reply/answered/sent/messaged *3 dm/dms/email/message/inbox | We have replied to you via DM. | twcs: AirAsiaSupport
    deflect | sent *1 you *3 dm/message/email/link/note | We have sent you a Direct Message via Twitter with further instructions. | twcs: AskPlayStation
    deflect | reach/contact/call/ring/phone/email/message *1 us/me *2 at/on/via/here/through/by/using/directly | Please reach out to us by phone here. | twcs: AmazonHelp
    deflect | reach/reaching *1 out *3 us/me/team/support/them/store/department/care | Please reach out to our support team here. | twcs: AmazonHelp
    deflect | contact/call/ring/phone/email/speak/talk/chat/visit *3 team/support/service/care/store/branch/department/helpline/desk/agent/representative/manager/management/bank/airline/carrier/provider/retailer/seller/studio/developer/publisher | Can you try calling back and asking for the manager? | twcs: AskPapaJohns
    deflect | customer service/services/care/support/relations | Please get in touch with our Customer Service. | general
    deflect | live chat/agent | Live chat is available on our help page. | general
    deflect | chat team/support | You can reach out to our chat team here. | general
    deflect | get in touch *3 with | Please get in touch with our team via the link. | general
    deflect | contact us | If you still need help please contact us. | general
    deflect | note/form/request *2 at/via/here/using/on #url | Send us a note at the link so our team can connect. | twcs: Uber_Support
    deflect | fill/complete/submit *3 form/details/request/ticket/report/case | Kindly fill in the details using the link again. | twcs: AmazonHelp
    deflect | post/ask/discuss *4 forum/forums/community | For further investigation please discuss this in our Community forums. | twcs: AskPlayStation
    deflect | visit/see/check/go/head/click/follow/use/read *4 #url | For more info about availability click here. | twcs: Uber_Support
    deflect | visit/see/check/follow/read/try *3 link/article/page/website/site/guide/steps/faq/instructions | Check out the next article for problems redeeming a voucher code. | twcs: AskPlayStation
    deflect | more/further info/information/details *3 #url | For more info regarding your concern, please visit the page. | twcs: Uber_Support
    deflect | here #url | Please reach out to us for available options here. | twcs: AmazonHelp
    deflect | call/ring/phone/contact *4 #number | Please call us on 0800 000 000. | general
    deflect | call/ring/phone us | Please give us a call so we can help. | general
    deflect | tweet us | If you have Xbox related questions, tweet us for official Xbox support. | twcs: XboxSupport
    deflect | to dm/dms/pm/inbox/private | Let's take this to DM. | general
    deflect | dm/dms *1 are/is *1 open | Our DMs are open. | general
    deflect | speak/talk/ask/see *3 agent/agents/staff/member/colleague/representative/desk/counter | Please speak to a member of staff at the station. | general
    deflect | able/unable *2 to *6 over/via/on/through *1 social/twitter/channel | We're not able to address these concerns over social. | twcs: Uber_Support
    deflect | do not have access *4 via/through/on this channel | We do not have access to that information via this channel. | twcs: Postmates_Help
    deflect | account holder *4 contact | Please have the account holder contact us. | twcs: Uber_Support
    deflect | suggest/suggests/recommend/advise *3 call/calling/contact/contacting/reach/reaching/speak/speaking/visit/visiting/ring/ringing/email/emailing/go/going/post/posting/tweet/dm/message | I suggest that you call us for assistance from a banker. | twcs: Ask_WellsFargo
    deflect | spoken/talked/called/contacted/visited *3 team/support/service/store/branch/department/helpline/desk/agents/staff/colleagues | Have you spoken to our team on the phone about this? | twcs: VirginAtlantic
    deflect | question/questions *2 for *3 store/team/restaurant/branch/manager/management/location | This would be a question for your local store. | twcs: AskPapaJohns
    deflect | address/raise/discuss *3 with *3 management/manager/store/cafe/restaurant/staff/branch | Have you had a chance to address with cafe management? | twcs: askpanera
    deflect | lost and found | We would suggest reaching out to the airport's lost and found. | twcs: SouthwestAir
    deflect | file/filed/submit/submitted *2 report/claim | Did you file a report with our Baggage Agents yet? | twcs: SouthwestAir
    deflect | refer *3 article/link/page/guide/faq | Please refer to this article and click the link to reply back. | twcs: HPSupport
    deflect | link/form below/above | Please use the link below to send us your name. | twcs: BofA_Help
    deflect | click/tap/press here | Pls click here to provide the browser you are using. | twcs: AskCiti
    deflect | tell/let *1 us/me *3 #url | That doesn't sound right. Please tell us more: https://t.co/Ax7W1Dx3Y9 | twcs: ChipotleTweets
    deflect | resend/resent/resending *3 dm/dms/message/email/link | We has resend the DM, kindly check, see you there! | twcs: AirAsiaSupport
    deflect | received/got/saw *2 dm/dms | We received your DM and have responded to it. | twcs: Ask_WellsFargo
    deflect | call/ring/phone/chat *3 #url | So we can get our team on this with you, please call using the link. | twcs: hulu_support
    # ── verify: ask for details that identify the customer or the case ───────────────
    verify | confirm/provide/share/include/send/give/need/require/tell/let *4 email/e-mail/name/username/address/postcode/zip/zipcode/number/gamertag/details/info/information/reference/id/code/version/model/location/store/barcode/receipt/date/country | Could you send me what store this is in? | twcs: Morrisons
    verify | what/which/who *3 device/devices/operating/os/version/model/browser/platform/console/phone/country/location/store/branch/email/number/account/order/flight/booking/manufacturer/brand/carrier | What device, operating system, and Spotify version are you using? | twcs: SpotifyCares
    verify | locate/find/access/pull *3 account/booking/order/reservation/details/records/information | With this, we can locate your account and help you. | twcs: AirbnbHelp
    verify | provide/share/send *3 same | Please provide the same within the next 24 hours. | twcs: idea_cares
    verify | email/e-mail address/addresses | Can you DM us your account's email address? | twcs: SpotifyCares
    verify | full name | Can you DM me your full name, address and email? | twcs: Tesco
    verify | account/order/booking/reservation/confirmation/tracking/reference/case/ticket/phone/serial/member/membership number/id/code/locator | Please DM your record locator. | general
    verify | zip/post code/postcode | Could you please DM your name and zip code? | twcs: ChaseSupport
    verify | error code/codes/message/messages | Are you getting an error message or an error code? | twcs: AskPlayStation
    verify | account *1 holder/details/info/information | Can you confirm the account holder's details? | abcd-guidelines: Account Access
    verify | verify/confirm *3 identity/account/details | I need to verify your identity before we continue. | abcd-guidelines: Account Access
    verify | security question/questions/check | Can you answer the security question? | abcd-guidelines: Account Access
    verify | tell/let *1 us/me *3 more/what/which/when/where | Would you tell us more about what happened? | twcs: AmazonHelp
    verify | more details/information/info | Please provide us with more details of this issue. | twcs: AskPlayStation
    verify | what is *2 going on | Dinos, what is going on? | twcs: BoostCare
    verify | what is *1 happening | What is happening when you try? | general
    verify | additional/further/some details/information/info | We'd like to gather some additional details from you. | twcs: AppleSupport
    verify | when did *3 start/begin/happen/notice/occur | When did this issue begin? | twcs: AppleSupport
    verify | know/hear/learn more | I'd like to know more. | twcs: BofA_Help
    # ── apologise: apology and empathy ──────────────────────────────────────────────
    apologise | sorry | We're sorry to hear this was your experience. | twcs: Uber_Support
    apologise | apologize/apologise/apologies/apology/apologizing/apologising/apologizes | We apologize for the trouble! | twcs: Uber_Support
    apologise | understand/appreciate/imagine *4 frustrating/frustration/frustrated/inconvenience/annoying/upsetting/disappointing | I completely understand your frustration. | general
    apologise | frustrating/disappointing/upsetting/annoying | That must be frustrating. | general
    apologise | not *3 experience *4 want/expect/like/aim/strive | That is not the experience we want you to have. | general
    apologise | not *3 what we *2 like/want/love *1 to hear | That's definitely not what we'd like to hear from our customer. | twcs: AmazonHelp
    apologise | oh no | Oh no! | twcs: NeweggService
    apologise | not good/ideal/okay/ok/right/acceptable | That is not good at all. | general
    apologise | unfortunately | Unfortunately that is not possible. | general
    apologise | regret *2 inconvenience/trouble | We regret the inconvenience caused. | general
    apologise | concerned to hear | We're concerned to hear this. | twcs: British_Airways
    apologise | take/takes *3 seriously | We take food quality seriously. | twcs: askpanera
    apologise | never like to hear | We never like to hear you're disappointed. | twcs: SouthwestAir
    apologise | hate/hated *1 to hear/see | We hate to hear that. | general
    apologise | not sound/sounds/look/looks *1 right/good/ideal/fun | That doesn't sound right. | twcs: ChipotleTweets
    # ── hold: look into it, wait, nothing else yet ──────────────────────────────────
    hold | will/would/can/could/going/let/like/love/want/happy/glad/able *3 look/check/dig *1 into | We'll look into this for you. | twcs: Postmates_Help
    hold | looking/checking/digging into | We're looking into it. | general
    hold | will/would/can/could/going/let/like/love/want/happy/glad *3 take/have *1 a *2 look | We'll take a look under the hood. | twcs: SpotifyCares
    hold | look *1 backstage/closer | We'll take a look backstage. | twcs: SpotifyCares
    hold | bear with | Please bear with us while we check. | general
    hold | one/a moment/minute/sec/second | Give us a moment. | general
    hold | hold on/tight | Please hold on while I check. | general
    hold | standing/stand by | We are standing by. | twcs: AirbnbHelp
    hold | being *2 looked/investigated/reviewed/worked/checked | This issue is currently being looked into by the proper teams. | twcs: XboxSupport
    hold | working on *2 it/this/that/fix | We're working on it as we speak. | twcs: SpotifyCares
    hold | leave it with us/me | Leave it with us and we'll get this sorted. | twcs: Morrisons
    hold | investigating/investigate | We're investigating this right now. | general
    hold | patience | We appreciate your patience and understanding. | twcs: XboxSupport
    hold | stay tuned | Stay tuned! | twcs: SpotifyCares
    hold | keep *1 an eye | We'll keep an eye out for your update. | twcs: SpotifyCares
    hold | awaiting/await *3 response/reply/update | We're awaiting your response to resolve your issue. | twcs: idea_cares
    hold | see what *3 can *1 do/suggest | We'll see what we can suggest. | twcs: SpotifyCares
    hold | working hard | Our team is working hard to reunite you with your bags. | twcs: AmericanAir
    hold | dig *2 deeper | Let's dig a little deeper to see what we can find out. | twcs: AppleSupport
    hold | work together | Let's work together on this situation. | twcs: AppleSupport
    # ── escalate: pass it on, promise a follow-up or a callback ─────────────────────
    escalate | pass/passed/passing/forward/forwarded/forwarding/share/shared/sharing/send/sent *4 on/along/to *3 team/teams/feedback/colleagues/department/folks/people/manager/management/supplier/specialists/engineers | We'll pass your feedback on to our Ads team. | twcs: SpotifyCares
    escalate | pass/passed/passing/forward/forwarded/flag/flagged/raise/raised/escalate/escalated/log/logged/report/reported/share/shared/note/noted *3 feedback/concern/concerns/comments/suggestion/suggestions/issue/case/complaint | We've forwarded your concerns to a dedicated case manager. | twcs: AirbnbHelp
    escalate | escalate/escalated/escalating/escalation | I've escalated this to the right team. | general
    escalate | let/letting *2 team/teams/colleagues/them/managers/management/store/department *1 know | We've let our team know we can do better. | twcs: marksandspencer
    escalate | get/got/getting *1 back to *1 you | We'll get back to you shortly. | twcs: Tesco
    escalate | be *1 in touch | Our team will be in touch. | twcs: Uber_Support
    escalate | follow/following up *3 you/with/there/directly/soon/shortly | We will follow up with you there. | twcs: Uber_Support
    escalate | team/colleague/colleagues/someone/specialist/member/manager/engineer/they *4 will/would/should *4 contact/reach/call/email/follow/connect/get/respond/reply | Someone from that team will get back to you soon. | twcs: Postmates_Help
    escalate | contact/reach/call/email *1 you *3 shortly/soon/within/directly/back | They will contact you directly. | general
    escalate | call *1 back/callback | We'll arrange a call back. | general
    escalate | hear back | You should hear back within 24 hours. | general
    escalate | case manager/number/officer | We've forwarded your concerns to a dedicated case manager. | twcs: AirbnbHelp
    escalate | right/relevant/appropriate/proper/correct/dedicated team/teams/people/department/folks | Rest assured, your feedback will be passed on to the right folks. | twcs: SpotifyCares
    escalate | so *2 team/teams/we *2 can *2 connect/follow/assist/help/investigate | Send us a note so our team can connect. | twcs: Uber_Support
    escalate | write *1 up *1 report | I will write up a report and let the website team know. | abcd-guidelines: Troubleshoot Site
    escalate | feedback *4 team/teams/forums/forum | The dev team constantly monitors the feedback forums. | twcs: AzureSupport
    escalate | suggestion/suggestions/idea/ideas *3 team/teams/forum/community | Suggest it in our Community. | twcs: SpotifyCares
    escalate | leave/submit/share/send *3 feedback/suggestions/ideas | Feel free to leave your feedback at the following link. | twcs: ATVIAssist
    escalate | improve | Please leave packing feedback so we may improve. | twcs: AmazonHelp
    escalate | opened/raised/logged/created/filed/submitted *3 case/ticket/report/complaint/request/fault | I've opened a case for this. | general
    escalate | noted *3 account/file/record | I've noted everything we discussed on the account. | general
    escalate | member/team/someone/colleague/colleagues/agent/specialist *4 reached/contacted/emailed/called/replied/responded *2 you | It seems a member of our team has reached out to you. | twcs: Uber_Support
    escalate | will/would/can/shall *3 get *2 sorted/resolved/fixed | We'll get this sorted for you. | twcs: Morrisons
    escalate | pass/passed/passing *1 this/it *1 on | Pass this on, will you? | twcs: VirginTrains
    escalate | do better | We've let our team know we can do better. | twcs: marksandspencer
    escalate | fed/feed/feeding *2 back | I've fed this back for review with the relevant team. | twcs: sainsburys
    escalate | add/added/adding *3 comments/feedback/notes | We'll add these comments to your previous feedback. | twcs: British_Airways
    escalate | internal review | Can you let me know what store so I can log this for internal review? | twcs: sainsburys
    escalate | query *2 this/it *2 for you | I'd be happy to query this for you if you'd like? | twcs: Tesco
    escalate | make sure *3 crew/team/staff/store/colleagues/manager | We'll make sure the Crew feels the love for a job well done! | twcs: SouthwestAir
    # ── troubleshoot: steps any customer with the kind of problem gets ───────────────
    troubleshoot | restart/restarting/reboot/rebooting/reset/resetting/powercycle *3 device/devices/router/modem/console/phone/app/computer/system/browser/it/network/gateway/equipment/tv/box/iphone/ipad/laptop | Please power cycle your network devices and try again. | twcs: AskPlayStation
    troubleshoot | power *1 cycle/cycling/off/down | Please power cycle your network devices and try again. | twcs: AskPlayStation
    troubleshoot | turn/turning/switch/switching *3 off *3 on | Please switch it off and on again. | general
    troubleshoot | unplug/unplugging/plug/plugging | Unplug it for five full minutes. | general
    troubleshoot | clear/clearing/delete/deleting/empty *4 cache/cookies/data/history/storage | Can you try clearing your cache? | twcs: ATVIAssist
    troubleshoot | uninstall/uninstalling/reinstall/reinstalling/redownload/redownloading | Please try uninstalling and reinstalling the app. | twcs: ATVIAssist
    troubleshoot | delete *3 app/game/application | Try deleting the app and downloading it again. | general
    troubleshoot | log/logging/sign/signing *1 out | Does logging out, restarting your device and logging back in make a difference? | twcs: SpotifyCares
    troubleshoot | log/logging/sign/signing *2 back in | Log out of your account and log back in. | abcd-guidelines: Troubleshoot Site
    troubleshoot | update/updating/updated *3 app/software/firmware/version/browser/game/system/device/latest | Make sure you're on the latest version of the app. | general
    troubleshoot | latest version/update/firmware/software | Please update to the latest version. | general
    troubleshoot | try/trying *3 another/different/other/new device/browser/network/card/connection/computer/phone/account/console | Have you tried from another device? | twcs: VirginTrains
    troubleshoot | try/trying *2 again/later | Please try again later. | abcd-guidelines: Troubleshoot Site
    troubleshoot | web player/browser | Can you try logging in on the web player? | twcs: SpotifyCares
    troubleshoot | incognito | Try it in an incognito window. | general
    troubleshoot | private browsing | Try it in private browsing. | general
    troubleshoot | check/checking/checked *1 that/if/whether/your/the/all/both *3 cable/cables/connection/connections/plugged/connected/settings/spam/junk/network/wifi/signal/batteries/power | Have you checked your Spam/Junk/Promotions folders for the confirmation email? | twcs: BoostCare
    troubleshoot | make sure *4 cable/cables/connection/connections/plugged/connected/settings/updated/latest/signed/logged | Please make sure everything is plugged in. | general
    troubleshoot | safe mode | Please start your system in safe mode. | twcs: AskPlayStation
    troubleshoot | status/settings/admin/configuration page | Log in to the router and look at the status page. | general
    troubleshoot | factory/hard/soft reset/restart | Please try a factory reset. | general
    troubleshoot | restore *2 default/defaults | Select restore default settings. | twcs: AskPlayStation
    troubleshoot | refresh/reload *3 page/app/browser/screen | Refresh the page and add the item again. | abcd-guidelines: Troubleshoot Site
    troubleshoot | steps/instructions *4 #url/here/below/link/article | Can you try the steps here for us? | twcs: SpotifyCares
    troubleshoot | following/these/the *1 steps/instructions | Please follow the steps in the link. | general
    troubleshoot | have *1 you *1 tried | Have you tried restarting? | general
    troubleshoot | close *3 other/all *2 tabs/apps/programs | Close all the other tabs on the browser. | abcd-guidelines: Troubleshoot Site
    troubleshoot | expiration/expiry date | Please check the expiration date on the card. | abcd-guidelines: Troubleshoot Site
    troubleshoot | make *1 a *1 difference | Does that make a difference? | twcs: SpotifyCares
    # ── greet: opening rituals ─────────────────────────────────────────────────────
    greet | hi/hello/hey/hiya/howdy/greetings/dear | Hi there! | twcs: Morrisons
    greet | good morning/afternoon/evening/day/night | Good afternoon! | twcs: ATVIAssist
    greet | thanks/thank *2 for *2 reaching/contacting/getting/writing/messaging/tweeting/asking/letting/bringing/sharing/following/flagging/reporting/telling/raising/coming/being/choosing/calling/the/your/this | Thanks for reaching out to us. | twcs: XboxSupport
    greet | my name is | My name is Beth and I'll be assisting you with your issue. | servicenow-journal
    greet | i will be *1 assisting/helping | My name is David. I'll be assisting you with this incident. | servicenow-journal
    greet | here to *1 help/assist | We're here to help! | twcs: Uber_Support
    greet | help *1 here | Hey, help's here! | twcs: SpotifyCares
    greet | like/love/want/glad/happy/keen *1 to *1 help/assist/look/take/check/review | We'd like to help. | twcs: AirbnbHelp
    greet | happy/glad/pleased *1 to *1 help/assist | I would be happy to assist you. | twcs: NeweggService
    greet | welcome to | Welcome to our support. | general
    greet | cavalry | The cavalry's here. | twcs: SpotifyCares
    greet | let/allow *1 us/me *1 help/assist | Let us help with your Home button. | twcs: AppleSupport
    greet | know how important | We know how important your battery is and we'll be happy to help. | twcs: AppleSupport
    greet | we want your | We want your Apple Watch to keep up with you at the gym. | twcs: AppleSupport
    greet | delighted *1 to *1 help/assist | I'd be delighted to assist. | twcs: Delta
    # ── close: closing rituals, thanks, courtesy ────────────────────────────────────
    close | let/keep *1 us/me *2 know/posted/updated | Let us know if that helps. | twcs: AzureSupport
    close | feel free *3 reach/contact/message/tweet/ask/let/dm/get/shout/come | Feel free to reach out should you have future questions! | twcs: XboxSupport
    close | anything else *4 help/assist/do/need | Is there anything else we may help you with? | twcs: BoostCare
    close | if *1 you *3 need/have *3 help/anything/assistance/questions/concerns/us/further | If you need help official Xbox support is just an @ away! | twcs: XboxSupport
    close | have/enjoy *1 a *2 great/good/nice/lovely/wonderful/fab/fantastic *1 day/night/evening/weekend/one/time/trip/flight | Have a good one! | twcs: ATVIAssist
    close | enjoy | Enjoy your weekend. | twcs: AmazonHelp
    close | you are *2 welcome | You're welcome! | twcs: SpotifyCares
    close | no problem/worries/bother | No problem Ange. | twcs: GWRHelp
    close | my pleasure | My pleasure! | general
    close | any *1 time | Anytime! | general
    close | take care | Take care! | general
    close | cheers | Cheers! | general
    close | regards/rgds | Kind Regards | twcs: IHGService
    close | would you like *3 further/more/any/other *1 assistance/help | Would you like further assistance? | twcs: Tesco
    greet | how can/may *2 help/assist | How can I help? | twcs: GWRHelp
    greet | i/we can *2 help/assist/clarify | I can clarify or help out with this order. | twcs: NeweggService
    close | thanks/thank/thx/ty | Thanks! | twcs: AskPapaJohns
    close | appreciate *3 patience/feedback/understanding/words/support/business/loyalty/time/update/response | We appreciate the kind words. | twcs: ChaseSupport
    close | glad/pleased/happy/great/good *1 to *1 hear/learn/know/see | I'm pleased to hear you received it on time. | twcs: Tesco
    close | good news | That's good news! | twcs: ATVIAssist
    close | hope *3 helps/help/helped/works/worked/resolves/sorted | Hope this helps. | general
    close | here for you | We're here for you. | twcs: SpotifyCares
    close | give us a shout | Just give us a shout. | twcs: SpotifyCares
    close | just an away | Official support is just an @ away! | twcs: XboxSupport
    close | see you *1 there/soon/onboard | See you there! | twcs: AirAsiaSupport
    close | see you on board | See you on board! | twcs: AirAsiaSupport
    close | happy gaming/shopping/travels/listening/streaming/flying | Happy gaming! | twcs: XboxSupport
    close | carry on helping | We'll carry on helping out. | twcs: SpotifyCares
    close | anything *4 can *2 help/assist | Is there anything Xbox related that we can help you with today? | twcs: XboxSupport
    close | shout out *2 you | Shout out to you for stopping by! | twcs: ChipotleTweets
    close | stopping/coming/swinging *1 by/in | We appreciate you stopping by! | twcs: ChipotleTweets
    close | thank/thanks *2 for *2 choosing/flying/being | Thank you for choosing to fly with us. | twcs: AlaskaAir
    # ── note: record keeping on a ticket, not said to the customer's problem ─────────
    note | added/attached *2 attachment/attachments/file/screenshot | Added an attachment | servicenow-journal
    note | changed/updated/updating/increased/increasing/decreased/lowered/raised/set *3 priority/impact/urgency/category/configuration/assignment | Updated the priority of the Incident. | servicenow-journal
    note | reassigned/assigned/assigning *3 to/due/group | Task reassigned due to employee termination | servicenow-journal
    note | moved to lane | Moved to lane 'Done' from 'To Do' | servicenow-journal
    note | copied from *1 parent | Work note copied from Parent Incident | servicenow-journal
    note | on hold | incident on hold | servicenow-journal
    note | i got this | I got this | servicenow-journal
    """#
}
