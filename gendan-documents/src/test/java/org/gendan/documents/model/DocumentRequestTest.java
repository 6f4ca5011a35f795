package org.gendan.documents.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gendan.core.json.GendanJson;
import org.gendan.core.testing.SampleData;
import org.gendan.documents.testing.DocumentSamples;
import org.junit.jupiter.api.Test;

class DocumentRequestTest {

  static DocumentRequest sample() {
    return DocumentRequest.builder().order(SampleData.order()).company(DocumentSamples.sunrise()).customer(SampleData.hansa())
        .items(DocumentSamples.items()).issue(DocumentSamples.issue()).build();
  }

  @Test
  void a_request_read_from_json_makes_the_same_documents_as_the_values() {
    String json = GendanJson.write(sample());
    DocumentRequest back = GendanJson.read(json, DocumentRequest.class).get();
    assertThat(back).isEqualTo(sample());
    assertThat(back.toDocuments().get()).isEqualTo(DocumentSamples.documents());
  }

  @Test
  void bad_json_names_the_path_of_the_problem() {
    String json = GendanJson.write(sample());
    String badDate = json.replace("2026-04-28", "2026-13-45");
    assertThat(badDate).isNotEqualTo(json);
    assertThat(GendanJson.read(badDate, DocumentRequest.class).getLeft().path()).contains("issue").contains("date");
    assertThat(GendanJson.read("{}", DocumentRequest.class).isLeft()).isTrue();
    assertThat(sample().withItems().toDocuments().getLeft().code()).isEqualTo("ITEM_UNKNOWN");
    assertThatThrownBy(() -> DocumentRequest.builder().build()).isInstanceOf(IllegalStateException.class);
  }
}
