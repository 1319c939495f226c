;;; eglot.el --- headless eglot scenario for spectrum-lint  -*- lexical-binding: t -*-
;; Evaluates the README's eglot snippet as written (only the server path substituted), opens a
;; .json and a .jsonc file, waits for diagnostics with their codes, applies a quick fix and
;; fix-all, and writes the checks as JSON to $SPECTRUM_EMACS_OUT. Exit code 0 when all held.
;; Batch Emacs never goes idle, so didChange is signalled by hand after edits.

(require 'cl-lib)
(require 'json)

(defvar spectrum-checks nil)
(defvar spectrum-ok t)
(defconst spectrum-wait 20 "Seconds to wait for the server.")

(defun spectrum-check (name ok &optional detail)
  (push `((name . ,name) (ok . ,(if ok t :json-false)) (detail . ,(if ok nil (format "%S" detail)))) spectrum-checks)
  (unless ok (setq spectrum-ok nil))
  ok)

(defun spectrum-finish ()
  (with-temp-file (getenv "SPECTRUM_EMACS_OUT")
    (insert (json-encode `((checks . ,(vconcat (reverse spectrum-checks)))))))
  (ignore-errors (eglot-shutdown-all))
  (kill-emacs (if spectrum-ok 0 1)))

(defun spectrum-wait-for (pred)
  "Polls PRED while the server's output is read; its value, or nil after `spectrum-wait' seconds."
  (let ((until (+ (float-time) spectrum-wait)) v)
    (while (and (not (setq v (funcall pred))) (< (float-time) until))
      (accept-process-output nil 0.05))
    v))

(defun spectrum-lsp-diags ()
  "The raw LSP diagnostics flymake holds for this buffer."
  (cl-loop for d in (flymake-diagnostics)
           for raw = (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))
           when raw collect raw))

(defun spectrum-codes ()
  (sort (mapcar (lambda (d) (format "%s" (plist-get d :code))) (spectrum-lsp-diags)) #'string<))

(defun spectrum-readme-snippet ()
  "The elisp block after **Emacs (eglot)** in README.md."
  (with-temp-buffer
    (insert-file-contents (getenv "SPECTRUM_README"))
    (goto-char (point-min))
    (search-forward "**Emacs (eglot)**")
    (search-forward "```elisp\n")
    (let ((start (point)))
      (search-forward "\n```")
      (buffer-substring start (match-beginning 0)))))

(defun spectrum-open (dir name text)
  (let ((file (expand-file-name name dir)))
    (with-temp-file file (insert text))
    (find-file file)
    (current-buffer)))

(defun spectrum-connect ()
  "Starts (or joins) the server eglot-server-programs names for this buffer, as M-x eglot does."
  (apply #'eglot (eglot--guess-contact))
  (flymake-start))

(defun spectrum-scenario ()
  (spectrum-check "eglot is available" (require 'eglot nil t) load-path)
  (let* ((snippet (spectrum-readme-snippet))
         (snippet (replace-regexp-in-string "\"/path/to/spectrum-lint/dist/server.js\"" (prin1-to-string (getenv "SPECTRUM_SERVER")) snippet t t))
         (snippet (replace-regexp-in-string "(\"node\" " (concat "(" (prin1-to-string (getenv "SPECTRUM_NODE")) " ") snippet t t)))
    (eval (car (read-from-string (concat "(progn " snippet "\n)"))) t))
  (let* ((dir (make-temp-file "spectrum-eglot-" t))
         (default-directory (file-name-as-directory dir))
         (app "{\n  \"protocol\": \"udp/5000-5010\",\n  \"dns\": { \"type\": \"CNAME\", \"name\": \"dns.example.com\" },\n  \"origin_direct\": [\"udp://2606:4700::1:1000-1010\"],\n  \"traffic_type\": \"direct\",\n  \"ip_firewall\": \"true\"\n}\n"))
    ;; A .json file: Emacs 29's js-json-mode, or the README's one on Emacs 28 (where .json opened in js-mode).
    (with-current-buffer (spectrum-open dir "dns.json" app)
      (spectrum-check "a .json file opens in a JSON mode, not js-mode" (eq major-mode 'js-json-mode) major-mode)
      (spectrum-connect)
      (spectrum-check "eglot manages the .json buffer" (eglot-managed-p) major-mode)
      (spectrum-check "diagnostics arrive with their codes"
                      (spectrum-wait-for (lambda () (equal (spectrum-codes) '("11002" "wrong-type"))))
                      (spectrum-codes))
      (let* ((diag (cl-find "11002" (flymake-diagnostics) :key (lambda (d) (format "%s" (plist-get (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d))) :code))) :test #'equal))
             (actions (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag)))
             (fix (cl-find-if (lambda (a) (plist-get a :isPreferred)) actions)))
        (spectrum-check "the preferred quick fix for 11002" (equal (plist-get fix :title) "Write udp://[2606:4700::1]:1000-1010") (mapcar (lambda (a) (plist-get a :title)) actions))
        (eglot--apply-workspace-edit (plist-get fix :edit))
        (eglot--signal-textDocument/didChange)
        (spectrum-check "the fix is in the buffer" (string-match-p (regexp-quote "\"udp://[2606:4700::1]:1000-1010\"") (buffer-string)) (buffer-string))
        (spectrum-check "11002 is gone after the fix"
                        (spectrum-wait-for (lambda () (equal (spectrum-codes) '("wrong-type"))))
                        (spectrum-codes)))
      (let ((all (eglot-code-actions (point-min) (point-min) "source.fixAll.spectrum-lint")))
        (spectrum-check "fix-all is offered as source.fixAll.spectrum-lint" (= (length all) 1) all)
        (when all
          (eglot--apply-workspace-edit (plist-get (car all) :edit))
          (eglot--signal-textDocument/didChange)
          (spectrum-check "fix-all wrote true" (string-match-p "\"ip_firewall\": true" (buffer-string)) (buffer-string))
          ;; A UDP app with ip_firewall: its removal is a quick fix to pick, never fix-all's.
          (spectrum-check "only the removal is left to the user"
                          (spectrum-wait-for (lambda () (equal (spectrum-codes) '("tcp-only-setting"))))
                          (spectrum-codes)))))
    ;; A .jsonc file: fundamental-mode on Emacs 28 without the README's line.
    (with-current-buffer (spectrum-open dir "apps.jsonc" (concat "// the DNS apps\n" (replace-regexp-in-string "dns.example.com" "ns2.example.com" app t t)))
      (spectrum-check "a .jsonc file opens in a JSON mode" (eq major-mode 'js-json-mode) major-mode)
      (spectrum-connect)
      (spectrum-check "diagnostics in the .jsonc buffer"
                      (spectrum-wait-for (lambda () (equal (spectrum-codes) '("11002" "wrong-type"))))
                      (spectrum-codes)))
    ;; JavaScript stays JavaScript: spectrum-lint is not its server.
    (with-current-buffer (spectrum-open dir "tool.js" "const x = 1;\n")
      (spectrum-check "a .js file stays in js-mode" (eq major-mode 'js-mode) major-mode))))

(condition-case err
    (spectrum-scenario)
  (error (spectrum-check "scenario ran without a Lisp error" nil err)))
(spectrum-finish)
