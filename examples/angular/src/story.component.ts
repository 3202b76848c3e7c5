import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import { photoStatus, related, story } from '../../story';

@Component({
  selector: 'news-story',
  // The news-* tags are custom elements: Angular binds their properties and events as they are.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './story.component.html',
})
export class StoryComponent {
  protected readonly story = story;
  protected readonly related = related;
  protected readonly status = signal('Lead photo loading…');

  protected onPhoto(event: Event): void {
    this.status.set(photoStatus(event as CustomEvent<{ src: string }>));
  }
}
