// The empty app of the same stack (React, React Router, zustand with persist), built the same
// way: the floor against which the module's size and speed are read. By default it uses the
// hash data router (the tech notes' baseline); __COMPONENT_ROUTER__ switches to <HashRouter>,
// the lighter API the module uses, to show that floor too.
import { useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, HashRouter, Route, RouterProvider, Routes } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

declare const __COMPONENT_ROUTER__: boolean;

const useStore = create<{ n: number; inc(): void }>()(
  persist((set) => ({ n: 0, inc: () => set((s) => ({ n: s.n + 1 })) }), { name: 'floor' }),
);

function Home() {
  const n = useStore((s) => s.n);
  const inc = useStore((s) => s.inc);
  // The same mark as the module's (src/app/app-ready.tsx): the bench times "live" from it.
  useLayoutEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return (
    <main>
      <h1>Floor</h1>
      <button onClick={inc}>{n}</button>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    __COMPONENT_ROUTER__ ? (
      <HashRouter>
        <Routes>
          <Route path="/" Component={Home} />
        </Routes>
      </HashRouter>
    ) : (
      <RouterProvider router={createHashRouter([{ path: '/', Component: Home }])} />
    ),
  );
