/// Script steps for billing contacts.
enum BillingScripts {
  static let steps = [
    Template(
      "I can see there are some charges on your account.",
      "Let me take a look at the charges on the account.",
      "I'm looking at the recent charges on your account now."),
    Template(
      "Bills can vary when a billing period includes a pro-rata charge.",
      "Your bill may be higher this month because of pro-rata charges.",
      "The amount can differ when part-month charges are included."),
    Template(
      "Please allow 5 to 7 working days for any adjustment to appear.",
      "Any correction can take 5 to 7 working days to show on your account.",
      "Adjustments usually take 5 to 7 working days to appear."),
    Template(
      "Billing disputes are reviewed by our billing department.",
      "I've passed this to the billing team for review.",
      "The billing team will review the charges and get back to you."),
    Template(
      "You can view all your invoices in the My Account section of our website.",
      "All bills are available to download in My Account.",
      "Your invoices can be found in the {provider} app under Billing."),
    Template(
      "Please make sure your direct debit details are up to date.",
      "Could you check your payment details are current in My Account?",
      "It's worth checking that your bank details on file are correct."),
    Template(
      "Late payment fees are applied automatically by the system.",
      "The system adds a late fee automatically when a payment is missed.",
      "Late fees are generated automatically, I'm afraid."),
    Template(
      "I'm unable to issue a refund from this department.",
      "Unfortunately I can't process refunds from here.",
      "Refunds can't be issued from my team, I'm afraid."),
    Template(
      "Your price may have changed in line with the annual price adjustment in your contract.",
      "There was an annual price rise as per the terms of your contract.",
      "Prices are adjusted once a year under the terms and conditions."),
    Template(
      "I can set up a payment plan if you're having trouble paying.",
      "If it helps, we can arrange a payment plan.",
      "We do offer payment plans if that would help."),
    Template(
      "Please note that charges for the current month are billed in advance.",
      "We bill one month in advance, so the first bill covers two periods.",
      "Our bills are issued in advance for the coming month."),
    Template(
      "I'll add a note to your account about this call.",
      "I've added a note to the account.",
      "I've made a note of this on your account."),
  ]
}
