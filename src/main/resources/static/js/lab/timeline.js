// The batches seen so far and the one selected: every view of the bottom panel shows the selected batch.
const KEEP = 600;

export class Timeline {
  constructor() {
    this.batches = [];
    this.selected = -1;
    this.follow = true;
    this.listeners = [];
  }

  onChange(listener) {
    this.listeners.push(listener);
  }

  reset() {
    this.batches = [];
    this.selected = -1;
    this.follow = true;
    this.emit();
  }

  add(batch) {
    this.batches.push(batch);
    if (this.batches.length > KEEP) {
      this.batches.shift();
      this.selected = Math.max(this.selected - 1, 0);
    }
    if (this.follow) this.selected = this.batches.length - 1;
    this.emit();
  }

  select(index) {
    if (index < 0 || index >= this.batches.length) return;
    this.selected = index;
    this.follow = index === this.batches.length - 1;
    this.emit();
  }

  move(delta) {
    this.select(this.selected + delta);
  }

  current() {
    return this.batches[this.selected];
  }

  emit() {
    this.listeners.forEach((l) => l(this));
  }
}
