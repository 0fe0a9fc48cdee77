/**
 * Receiver code that checks Rong's callback signature, per language: the three query parameters of
 * callbackSignature.ts, a constant-time comparison (a plain `==` leaks how many leading characters
 * matched) and the CALLBACK_WINDOW_MS timestamp window (a replayed callback is refused). The secret
 * is read from RONG_APP_SECRET, never written into the code. The names and the window come from
 * callbackSignature.ts, so a correction there changes every snippet.
 */
import { CALLBACK_PARAMS, CALLBACK_WINDOW_MS } from './callbackSignature';

export const SNIPPET_LANGUAGES = ['node', 'go', 'java', 'python'] as const;
export type SnippetLanguage = (typeof SNIPPET_LANGUAGES)[number];

/** The environment variable every snippet reads the App Secret from. */
export const SNIPPET_SECRET_ENV = 'RONG_APP_SECRET';

export interface ReceiverSnippet {
  readonly language: SnippetLanguage;
  /** As a person names it in a list: "Node.js (crypto.timingSafeEqual)". */
  readonly label: string;
  /** The VS Code language id, for opening it in an editor. */
  readonly languageId: string;
  readonly code: string;
}

const { nonce: N, timestamp: T, signature: S } = CALLBACK_PARAMS;
const W = CALLBACK_WINDOW_MS;
const E = SNIPPET_SECRET_ENV;
const HEAD = `Rong callback receiver: checks ${N}, ${T} (ms) and ${S} = hex SHA-1(App Secret + ${N} + ${T}) from the URL's query.`;

const node = `// ${HEAD}
// Run: ${E}=... PORT=8080 node receiver.js
const http = require('node:http');
const crypto = require('node:crypto');

const WINDOW_MS = ${W}; // refuse a callback signed more than 5 minutes from now (a replay)

/** true when the query carries a fresh signature made with the App Secret. */
function verifyRongCallback(query, secret = process.env.${E}, now = Date.now()) {
  const nonce = query.get('${N}');
  const ts = query.get('${T}');
  const signature = query.get('${S}');
  if (!secret || !nonce || !ts || !signature) return false;
  if (!/^\\d{1,16}$/.test(ts) || Math.abs(now - Number(ts)) > WINDOW_MS) return false;
  const expected = Buffer.from(crypto.createHash('sha1').update(secret + nonce + ts).digest('hex'));
  const given = Buffer.from(signature.toLowerCase());
  // timingSafeEqual needs equal lengths; the length of a SHA-1 is no secret.
  return given.length === expected.length && crypto.timingSafeEqual(given, expected);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (!verifyRongCallback(url.searchParams)) {
      res.writeHead(403).end('bad signature');
      return;
    }
    const body = Buffer.concat(chunks).toString('utf8');
    // Routing: form fields (new URLSearchParams(body)); online status: JSON (JSON.parse(body)).
    console.log(req.method, url.pathname, body.length, 'bytes');
    res.writeHead(200).end('ok');
  });
});
server.listen(Number(process.env.PORT ?? 8080), () => console.log('listening on ' + server.address().port));

module.exports = { verifyRongCallback };
`;

const go = `// ${HEAD}
// Run: ${E}=... go run receiver.go
package main

import (
	"crypto/sha1"
	"crypto/subtle"
	"encoding/hex"
	"log"
	"net/http"
	"os"
	"strconv"
	"strings"
	"time"
)

const windowMs = ${W} // refuse a callback signed more than 5 minutes from now (a replay)

func verifyRongCallback(r *http.Request, secret string) bool {
	q := r.URL.Query()
	nonce, ts, signature := q.Get("${N}"), q.Get("${T}"), q.Get("${S}")
	if secret == "" || nonce == "" || ts == "" || signature == "" {
		return false
	}
	ms, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	if d := time.Now().UnixMilli() - ms; d > windowMs || d < -windowMs {
		return false
	}
	sum := sha1.Sum([]byte(secret + nonce + ts))
	expected := hex.EncodeToString(sum[:])
	return subtle.ConstantTimeCompare([]byte(expected), []byte(strings.ToLower(signature))) == 1
}

func main() {
	secret := os.Getenv("${E}")
	http.HandleFunc("/rong/route", func(w http.ResponseWriter, r *http.Request) {
		if !verifyRongCallback(r, secret) {
			http.Error(w, "bad signature", http.StatusForbidden)
			return
		}
		// Routing: r.ParseForm() then r.PostForm; online status: json.NewDecoder(r.Body).
		w.WriteHeader(http.StatusOK)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
`;

const java = `// ${HEAD}
// Call RongCallbackVerifier.verify(request.getParameter("${N}"), request.getParameter("${T}"), request.getParameter("${S}")).
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

public final class RongCallbackVerifier {
    private static final long WINDOW_MS = ${W}L; // refuse a callback signed more than 5 minutes from now (a replay)

    private RongCallbackVerifier() {}

    public static boolean verify(String nonce, String signTimestamp, String signature) throws NoSuchAlgorithmException {
        String secret = System.getenv("${E}");
        if (secret == null || secret.isEmpty() || nonce == null || signTimestamp == null || signature == null) return false;
        long ts;
        try {
            ts = Long.parseLong(signTimestamp);
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(System.currentTimeMillis() - ts) > WINDOW_MS) return false;
        byte[] digest = MessageDigest.getInstance("SHA-1").digest((secret + nonce + signTimestamp).getBytes(StandardCharsets.UTF_8));
        byte[] expected = HexFormat.of().formatHex(digest).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given); // constant-time for equal lengths
    }
}
`;

const python = `# ${HEAD}
# Run: ${E}=... python3 receiver.py
import hashlib
import hmac
import os
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlsplit

WINDOW_MS = ${W}  # refuse a callback signed more than 5 minutes from now (a replay)


def verify_rong_callback(query, secret=None, now_ms=None):
    """query: a dict of the URL's query parameters (one value each)."""
    secret = secret if secret is not None else os.environ.get("${E}", "")
    nonce, ts, signature = query.get("${N}"), query.get("${T}"), query.get("${S}")
    if not secret or not nonce or not ts or not signature or not ts.isdigit():
        return False
    now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
    if abs(now_ms - int(ts)) > WINDOW_MS:
        return False
    expected = hashlib.sha1((secret + nonce + ts).encode("utf-8")).hexdigest()
    return hmac.compare_digest(expected, signature.lower())


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        if not verify_rong_callback(query):
            self.send_response(403)
            self.end_headers()
            return
        # Routing: parse_qs(body.decode()); online status: json.loads(body).
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")


if __name__ == "__main__":
    HTTPServer(("", int(os.environ.get("PORT", "8080"))), Receiver).serve_forever()
`;

const SNIPPETS: Readonly<Record<SnippetLanguage, ReceiverSnippet>> = {
  node: { language: 'node', label: 'Node.js (crypto.timingSafeEqual)', languageId: 'javascript', code: node },
  go: { language: 'go', label: 'Go (crypto/subtle.ConstantTimeCompare)', languageId: 'go', code: go },
  java: { language: 'java', label: 'Java (MessageDigest.isEqual)', languageId: 'java', code: java },
  python: { language: 'python', label: 'Python (hmac.compare_digest)', languageId: 'python', code: python },
};

export function receiverSnippet(language: SnippetLanguage): ReceiverSnippet {
  return SNIPPETS[language];
}

export function receiverSnippets(): readonly ReceiverSnippet[] {
  return SNIPPET_LANGUAGES.map((l) => SNIPPETS[l]);
}
