// A React application that shows one story as a card, using only the card's own entry: the
// bundle registers <lede-article-card> and no other element. The story is a JSON file of the
// application's own, typed with `defineArticle` (see the README, "React").
import { createRoot } from 'react-dom/client';
import { defineArticle } from 'lede-elements';
import { ArticleCard } from 'lede-elements/react/article-card.js';
import seedStory from '../../../demo/data/seed-story.json' with { type: 'json' };

const story = defineArticle(seedStory);

function App() {
  return (
    <main>
      <ArticleCard
        article={story}
        layout="horizontal"
        headingLevel={2}
        onLedeError={(event) => console.error(event.detail.message)}
      />
    </main>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
