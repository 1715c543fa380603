export default defineBackground(() => {
  // Messaging and deadline reminders are added by the records and prefill features.
});
