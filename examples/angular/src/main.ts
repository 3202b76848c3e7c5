// Registers every news-* element once, then starts the app (zoneless: signals drive change detection).
import 'news-elements';
import { bootstrapApplication } from '@angular/platform-browser';
import { StoryComponent } from './story.component';

bootstrapApplication(StoryComponent).catch((error) => console.error(error));
