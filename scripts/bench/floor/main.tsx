// The empty app of the same stack (React, React Router's hash data router, zustand with
// persist), built the same way: the floor against which the module's size and speed are read.
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

const useStore = create<{ n: number; inc(): void }>()(
  persist((set) => ({ n: 0, inc: () => set((s) => ({ n: s.n + 1 })) }), { name: 'floor' }),
);

function Home() {
  const n = useStore((s) => s.n);
  const inc = useStore((s) => s.inc);
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
    <RouterProvider router={createHashRouter([{ path: '/', Component: Home }])} />,
  );
