package io.wirewatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSpecTest {

    @Test
    void aPrefixRenamesTheTopicAndKeepsEverythingElse() {
        TopicSpec<String, Article> prefixed = Topics.ARTICLES.withPrefix("run1.");

        assertThat(prefixed.name()).isEqualTo("run1.news.articles.v1");
        assertThat(prefixed.keySerde()).isSameAs(Topics.ARTICLES.keySerde());
        assertThat(prefixed.valueSerde()).isSameAs(Topics.ARTICLES.valueSerde());
        assertThat(prefixed.compacted()).isEqualTo(Topics.ARTICLES.compacted());
        assertThat(prefixed.publicTopic()).isEqualTo(Topics.ARTICLES.publicTopic());
        assertThat(Topics.ARTICLES.withPrefix("")).isSameAs(Topics.ARTICLES);
    }
}
