package io.hichat.identity.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The profile answer: {@code {"info": {...}}}, with the document's field names, capital I included. */
record ProfileResponse(Info info) {

    /**
     * @param lastLogin unix seconds as a string, as documented
     */
    record Info(String id, String mobile, String nickname, int sex, String avatar, String lastLogin,
            @JsonProperty("Introduction") String introduction, String email) {
    }
}
