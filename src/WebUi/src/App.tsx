import { Suspense, lazy, useEffect, useState } from 'react';
import { NavLink, Route, Routes } from 'react-router-dom';
import { auth } from './api/client';
import AssetPage from './assets/AssetPage';
import SignIn from './auth/SignIn';
import HealthLine from './components/HealthLine';
import { Loading } from './components/Status';
import GlossaryPage from './glossary/GlossaryPage';
import TermPage from './glossary/TermPage';
import SubjectPage from './registry/SubjectPage';
import SubjectsPage from './registry/SubjectsPage';
import SearchPage from './search/SearchPage';
import ScanPage from './sources/ScanPage';
import SourcePage from './sources/SourcePage';
import SourcesPage from './sources/SourcesPage';

// The graph code (layout worker, canvas renderer) loads only when the explorer opens.
const LineageExplorer = lazy(() => import('./lineage/LineageExplorer'));

export default function App() {
  const [needsKey, setNeedsKey] = useState(false);
  useEffect(() => auth.onUnauthorized(() => setNeedsKey(true)), []);

  if (needsKey) return <SignIn onSignedIn={() => setNeedsKey(false)} />;
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <NavLink to="/" className="brand">
          DataSpine
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>Search</NavLink>
          <NavLink to="/lineage">Lineage</NavLink>
          <NavLink to="/glossary">Glossary</NavLink>
          <NavLink to="/schemas">Schemas</NavLink>
          <NavLink to="/sources">Sources</NavLink>
        </nav>
        <HealthLine />
      </header>
      <main id="main">
        <Suspense fallback={<Loading what="the page" />}>
          <Routes>
            <Route path="/" element={<SearchPage />} />
            <Route path="/search" element={<SearchPage />} />
            <Route path="/assets/*" element={<AssetPage />} />
            <Route path="/lineage" element={<LineageExplorer />} />
            <Route path="/glossary" element={<GlossaryPage />} />
            <Route path="/glossary/:termId" element={<TermPage />} />
            <Route path="/schemas" element={<SubjectsPage />} />
            <Route path="/registry/subjects/:subject" element={<SubjectPage />} />
            <Route path="/sources" element={<SourcesPage />} />
            <Route path="/sources/:sourceId" element={<SourcePage />} />
            <Route path="/scans/:scanId" element={<ScanPage />} />
            <Route path="*" element={<p>There is no page here. <NavLink to="/">Search the catalog</NavLink>.</p>} />
          </Routes>
        </Suspense>
      </main>
    </>
  );
}
