package org.alliancegraph.api;

import java.util.Map;

import org.alliancegraph.browser.BrowserFiles;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The style sheet and the guide for Neo4j Browser of an external server (the docker-compose one,
 * say), which cannot serve them itself. Browser fetches them from its own page's origin, so they
 * are open to every origin: they are public, read-only files.
 */
@RestController
@RequestMapping("/browser")
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET)
class BrowserFilesController {

    private final Map<String, String> files = BrowserFiles.all();

    @GetMapping(value = "/" + BrowserFiles.STYLE, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> style() {
        return file(BrowserFiles.STYLE);
    }

    @GetMapping(value = "/" + BrowserFiles.GUIDE, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> guide() {
        return file(BrowserFiles.GUIDE);
    }

    private ResponseEntity<String> file(String name) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(files.get(name));
    }
}
