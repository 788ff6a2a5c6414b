import { render } from 'solid-js/web'
import { App } from './App'
import { refresh } from './lib/session'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Learn who is signed in once, while the first page renders.
void refresh()
render(() => <App />, root)
