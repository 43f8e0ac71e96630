import { anchorMapRoute } from '../../data/anchor-map-route.ts';

export const GET = anchorMapRoute('timeline');
