/// Script steps for equipment contacts.
enum EquipmentScripts {
  static let steps = [
    Template(
      "Please check that the power adapter is the original one supplied with the {router}.",
      "Can you confirm you're using the power supply that came with the {router}?",
      "Is the {router} plugged in with its original power adapter?"),
    Template(
      "Could you check the firmware version on the {router} settings page?",
      "Please log in to the {router} and tell me the firmware version.",
      "Can you find the firmware version in the {router}'s settings?"),
    Template(
      "Please try a different power socket for the {router}.",
      "Could you plug the {router} into another wall socket?",
      "Let's try the {router} on a different socket, please."),
    Template(
      "Is the power light on the {router} on, off or flashing?",
      "What is the power light on the {router} doing right now?",
      "Can you tell me if the power light is solid, flashing or off?"),
    Template(
      "Can you please {restart} your {router} and wait {minutes} before trying again?",
      "Please switch your {router} off and on again and give it {minutes} to come back up."),
    Template(
      "Please perform a factory reset by holding the reset button for 30 seconds.",
      "Could you press and hold the reset button on the back of the {router} for 30 seconds?"),
    Template(
      "Equipment replacements are handled by our logistics team.",
      "Replacement devices are arranged by the logistics department.",
      "Our logistics team deals with equipment swaps."),
    Template(
      "Please make sure the {router} has enough ventilation and isn't overheating.",
      "Keep the {router} in an open space so it doesn't overheat.",
      "Could you check the {router} isn't enclosed or too warm?"),
    Template(
      "Could you try a different Ethernet cable?",
      "Please swap the network cable for another one and test again.",
      "Let's rule out the cable: do you have a spare Ethernet cable to try?"),
    Template(
      "Please log in to the {router} at 192.168.1.1 and check the status page.",
      "Could you open 192.168.1.1 in your browser and look at the status page?",
      "On the {router}'s status page at 192.168.1.1, what does it say?"),
    Template(
      "I'll check whether your device is eligible for a replacement.",
      "Let me see if the device qualifies for a replacement.",
      "I need to check the replacement eligibility for your device."),
    Template(
      "Please keep the original packaging in case we need to send the device back.",
      "Hold on to the box in case the device needs to be returned.",
      "We recommend keeping the packaging in case of a return."),
    Template(
      "Please check whether the Wi-Fi button on the {router} is switched on.",
      "Is the Wi-Fi switch on the side of the {router} turned on?",
      "Can you make sure the Wi-Fi button on the {router} hasn't been pressed off?"),
  ]
}
