/// Script lines every agent may use whatever the topic: greetings,
/// verification, empathy, holds, deflections, transfers and closings.
enum CommonScripts {
  static let callGreetings = [
    Template(
      "Thank you for calling {provider}, my name is {agent}. How can I help you today?",
      "Thanks for calling {provider}, you're speaking with {agent}. How may I help you today?",
      "Welcome to {provider} support, this is {agent}. What can I do for you today?"),
    Template(
      "Good {daypart}, you're through to {provider} customer care, {agent} speaking. How can I assist?",
      "Good {daypart}, {provider} customer care, {agent} speaking, how may I assist you?",
      "Good {daypart} and thank you for calling {provider}, {agent} here. How can I help?"),
  ]

  static let chatGreetings = [
    Template(
      "Hi, I'm {agent} from {provider}. How can I help you today?",
      "Hello and welcome to {provider} live chat! My name is {agent}, how can I help?",
      "Hi there, you're chatting with {agent} from {provider}. What can I help you with today?"),
    Template(
      "Good {daypart}! Thanks for contacting {provider}, my name is {agent}.",
      "Good {daypart}, thank you for reaching out to {provider}. I'm {agent}."),
  ]

  static let emailGreetings = [
    Template(
      "Dear {customer},\nThank you for contacting {provider}.",
      "Dear {customer},\nThank you for your e-mail to {provider} customer care.",
      "Hello {customer},\nThanks for getting in touch with {provider}."),
  ]

  static let transferGreetings = [
    Template(
      "Thanks for holding, {customer}, my colleague has passed me your details.",
      "Hi {customer}, thanks for waiting, I've got your details from my colleague.",
      "Hello {customer}, I've been briefed by my colleague, thanks for holding."),
  ]

  static let verification = [
    Template(
      "Before we continue, can I please confirm the full name and the account number?",
      "For security, could you please confirm the account holder's name and the account number?",
      "Can I just take your full name and account number to verify the account?"),
    Template(
      "Could you please confirm the name and account number on the account, for data protection?",
      "For data protection purposes, may I have the name and account number, please?"),
  ]

  static let verified = [
    Template(
      "Thank you, {customer}, I've verified your account.",
      "Thanks {customer}, that's all verified.",
      "Perfect, thank you {customer}, you're verified."),
  ]

  static let empathy = [
    Template(
      "I'm sorry to hear that, {customer}, I understand how frustrating this must be.",
      "I apologise for the inconvenience, {customer}, I completely understand your frustration.",
      "I'm really sorry for the trouble, I understand how annoying that is."),
    Template(
      "I do apologise for any inconvenience this may have caused.",
      "I apologise for any inconvenience caused.",
      "Sorry for any inconvenience this has caused you."),
  ]

  static let hold = [
    Template(
      "Please bear with me for {minutes} while I check that for you.",
      "Could you hold the line for {minutes} while I look into this?",
      "Give me {minutes} to check this on my system, please."),
  ]

  /// Lines that hand the problem on without solving it.
  static let deflections = [
    Template(
      "I have escalated this to {team} and they will contact you within {hours} hours.",
      "I've raised this with {team}, who will get back to you within {hours} hours.",
      "This has been escalated to {team}; you should hear back within {hours} hours."),
    Template(
      "I've logged a ticket for you, the reference number is {ticket}.",
      "Your reference number is {ticket}, please keep it for future contact.",
      "I've opened a case for this, reference {ticket}."),
    Template(
      "Unfortunately this is outside what I can do from here, but {team} will review it.",
      "I'm afraid I'm not able to change that from my side, {team} will review your case.",
      "That is handled by another department; they'll review it and contact you."),
  ]

  /// Lines that end an unhelpful contact politely.
  static let brushOffs = [
    Template(
      "If the problem continues, please don't hesitate to contact us again.",
      "Should the issue persist, feel free to get back in touch with us.",
      "If anything changes, please contact us again and quote your reference."),
    Template(
      "I've added a note to your account about today's contact.",
      "I've made a note of this on your account.",
      "I've noted everything we discussed on the account."),
  ]

  static let transfersOut = [
    Template(
      "I'm going to transfer you to a colleague who can help with this, please stay on the line.",
      "Let me transfer you to our specialist team, one moment please.",
      "I'll put you through to a colleague in {team} now, please hold."),
  ]

  static let closings = [
    Template(
      "Is there anything else I can help you with today?",
      "Is there anything else I can do for you today?",
      "Can I help with anything else today?"),
    Template(
      "Thank you for contacting {provider}, have a great day!",
      "Thanks for contacting {provider}, have a lovely day.",
      "Thank you for choosing {provider}. Have a nice {daypart}!"),
  ]

  static let emailClosings = [
    Template(
      "Kind regards,\n{agent}\n{provider} Customer Care",
      "Best regards,\n{agent} – {provider} Support",
      "Many thanks,\n{agent}, {provider} Customer Care Team"),
  ]

  /// Everything above, for tests that render each template.
  static let all: [Template] =
    callGreetings + chatGreetings + emailGreetings + transferGreetings + verification + verified
    + empathy + hold + deflections + brushOffs + transfersOut + closings + emailClosings
}
