def test_dashboard_needs_login(client):
    response = client.get("/")
    assert response.status_code == 302
    assert "/login/" in response["Location"]
