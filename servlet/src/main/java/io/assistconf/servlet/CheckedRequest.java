package io.assistconf.servlet;

import io.assistconf.gateway.Decision;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request as the checker forwards it. Its query string and parameters are the forwarded query's; when the
 * checker held the body (every body route), its body, {@code Content-Length}, {@code Content-Type} and character
 * encoding are the forwarded body's, in the methods and in the headers alike, and {@code Transfer-Encoding} is
 * gone (the body is now of known length). On a query route the body goes on unread, as it came.
 */
final class CheckedRequest extends HttpServletRequestWrapper {

    private static final String CONTENT_LENGTH = "content-length";
    private static final String CONTENT_TYPE = "content-type";
    private static final String TRANSFER_ENCODING = "transfer-encoding";

    private final String rawQuery;
    private final Map<String, String[]> parameters;
    private final byte[] body;
    private final String contentType;
    private String characterEncoding;
    private boolean streamOpened;
    private boolean readerOpened;

    CheckedRequest(HttpServletRequest request, Decision.Forward forward) {
        super(request);
        this.rawQuery = forward.rawQuery();
        this.parameters = QueryParameters.parse(rawQuery);
        this.body = forward.body();
        this.contentType = forward.contentType();
        this.characterEncoding = body == null ? null : MediaTypes.charset(contentType);
    }

    private boolean bodyHeld() {
        return body != null;
    }

    @Override
    public String getQueryString() {
        return rawQuery.isEmpty() ? null : rawQuery;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public int getContentLength() {
        return bodyHeld() ? body.length : super.getContentLength();
    }

    @Override
    public long getContentLengthLong() {
        return bodyHeld() ? body.length : super.getContentLengthLong();
    }

    @Override
    public String getContentType() {
        return bodyHeld() ? contentType : super.getContentType();
    }

    @Override
    public String getCharacterEncoding() {
        return bodyHeld() ? characterEncoding : super.getCharacterEncoding();
    }

    @Override
    public void setCharacterEncoding(String encoding) throws UnsupportedEncodingException {
        if (!bodyHeld()) {
            super.setCharacterEncoding(encoding);
        } else if (!readerOpened) {
            try {
                Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new UnsupportedEncodingException(encoding);
            }
            characterEncoding = encoding;
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (!bodyHeld()) {
            return super.getInputStream();
        }
        if (readerOpened) {
            throw new IllegalStateException("getReader() was called on this request already");
        }
        streamOpened = true;
        return new HeldBody(body);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (!bodyHeld()) {
            return super.getReader();
        }
        if (streamOpened) {
            throw new IllegalStateException("getInputStream() was called on this request already");
        }
        readerOpened = true;
        Charset charset = characterEncoding == null ? StandardCharsets.UTF_8 : Charset.forName(characterEncoding);
        return new BufferedReader(new InputStreamReader(new HeldBody(body), charset));
    }

    @Override
    public String getHeader(String name) {
        if (!bodyHeld()) {
            return super.getHeader(name);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case CONTENT_LENGTH -> Integer.toString(body.length);
            case CONTENT_TYPE -> contentType;
            case TRANSFER_ENCODING -> null;
            default -> super.getHeader(name);
        };
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        if (!bodyHeld()) {
            return super.getHeaders(name);
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case CONTENT_LENGTH, CONTENT_TYPE, TRANSFER_ENCODING -> {
                String value = getHeader(name);
                yield Collections.enumeration(value == null ? List.of() : List.of(value));
            }
            default -> super.getHeaders(name);
        };
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        if (!bodyHeld()) {
            return super.getHeaderNames();
        }
        List<String> names = new ArrayList<>();
        for (String name : Collections.list(super.getHeaderNames())) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals(CONTENT_LENGTH) && !lower.equals(CONTENT_TYPE) && !lower.equals(TRANSFER_ENCODING)) {
                names.add(name);
            }
        }
        if (contentType != null) {
            names.add("Content-Type");
        }
        names.add("Content-Length");
        return Collections.enumeration(names);
    }

    @Override
    public int getIntHeader(String name) {
        if (!bodyHeld()) {
            return super.getIntHeader(name);
        }
        String value = getHeader(name);
        return value == null ? -1 : Integer.parseInt(value);
    }
}
