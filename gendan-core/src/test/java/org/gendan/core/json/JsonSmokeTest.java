package org.gendan.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.gendan.core.order.Order;
import org.gendan.core.order.SalesOrder;
import org.gendan.core.testing.SampleData;
import org.junit.jupiter.api.Test;

class JsonSmokeTest {
  @Test
  void a_sales_order_survives_a_json_round_trip() {
    SalesOrder order = SampleData.order();
    String json = GendanJson.write(order);
    assertThat(GendanJson.read(json, SalesOrder.class).get()).isEqualTo(order);
  }

  @Test
  void an_order_is_its_history_in_json() {
    Order order = Order.receive(SampleData.order(), SampleData.li(SampleData.TODAY));
    String json = GendanJson.write(order);
    assertThat(GendanJson.read(json, Order.class).get()).isEqualTo(order);
  }
}
